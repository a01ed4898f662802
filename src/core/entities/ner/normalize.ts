/**
 * Token normalisation shared by training and tagging: the model sees straight quotes, ASCII
 * dashes and apostrophes whatever the article used, and every digit as 0.
 */

const replacements: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2026': '...',
  '`': "'",
};

const specialClass =
  '[\u2018\u2019\u02bc\u201a\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2010-\u2012\u2212\u2026`]';
const hasSpecial = new RegExp(specialClass, 'u');
const special = new RegExp(specialClass, 'gu');

/** The token as the model sees it (case kept). */
export const normalizeToken = (text: string): string => {
  const plain = hasSpecial.test(text)
    ? text.replace(special, (ch) => replacements[ch] ?? ch)
    : text;
  if (plain === "''" || plain === '``') return '"';
  return plain;
};

/** Lowercase with digits folded to 0: the key for word-identity and gazetteer lookups. */
export const foldToken = (normalized: string): string =>
  normalized.toLowerCase().replace(/\d/gu, '0');
