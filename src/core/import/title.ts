/** Titles derived from a first sentence stay short enough for a library list and a window title. */
const shortTitleLength = 90;
const maxClauseTitleLength = 120;
/** A cut that would leave less than this is no title; cut elsewhere. */
const minTitleLength = 20;

/** Words that end with a period without ending the sentence (compared lower-case). */
const abbreviations = new Set(
  (
    'mr mrs ms mx dr prof sr jr st mt ft vs etc inc ltd co corp gen gov sen rep lt col capt ' +
    'sgt cmdr adm maj pres rev hon no nos vol fig figs approx dept univ ave blvd rd jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec cf al est pp ch op'
  ).split(' '),
);

/** Dotted initialisms ("U.S", "e.g", "J.R.R") and single capital initials ("J"). */
const initialism = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u;
const openers = /^["'“‘«([]+/u;
const sentenceStop = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;

const isAbbreviation = (token: string): boolean => {
  const word = token.replace(openers, '');
  return initialism.test(word) || abbreviations.has(word.toLowerCase());
};

/** The token just before `index`: from the previous whitespace up to it. */
const tokenBefore = (text: string, index: number): string => {
  const start = Math.max(text.lastIndexOf(' ', index - 1), text.lastIndexOf('\t', index - 1));
  return text.slice(start + 1, index);
};

/**
 * The first sentence of a paragraph. A period after an abbreviation or initials ("U.S.",
 * "Dr.", "J. Smith") or followed by a lower-case word does not end a sentence.
 */
export const firstSentence = (paragraph: string): string => {
  for (const match of paragraph.matchAll(sentenceStop)) {
    const end = match.index + match[0].length;
    const rest = paragraph.slice(end).trimStart();
    if (rest === '') break;
    if (/^\p{Ll}/u.test(rest)) continue;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      if (isAbbreviation(tokenBefore(paragraph, match.index))) continue;
    }
    return paragraph.slice(0, end).trim();
  }
  return paragraph.trim();
};

const dropFinalPeriod = (sentence: string): string => {
  if (!sentence.endsWith('.') || sentence.endsWith('..')) return sentence;
  const withoutPeriod = sentence.slice(0, -1);
  return isAbbreviation(tokenBefore(sentence, sentence.length - 1)) ? sentence : withoutPeriod;
};

/** Cuts at the last comma, semicolon or dash that leaves a title of at most 120 characters. */
const cutAtClause = (sentence: string): string | null => {
  const window = sentence.slice(0, maxClauseTitleLength + 1);
  let cut = -1;
  for (const match of window.matchAll(/\s*(?:[,;—–]|\s-\s)/gu)) {
    if (match.index >= minTitleLength) cut = match.index;
  }
  return cut === -1 ? null : sentence.slice(0, cut);
};

const cutAtWord = (sentence: string): string => {
  const boundary = /\s/u.test(sentence.charAt(shortTitleLength))
    ? shortTitleLength
    : sentence.lastIndexOf(' ', shortTitleLength);
  const cut = boundary >= minTitleLength ? boundary : shortTitleLength - 1;
  return `${sentence.slice(0, cut).replace(/[\s,;:—–-]+$/u, '')}…`;
};

/**
 * A title for a text that has no title line: its first sentence, shortened when long, at a
 * clause boundary if there is one in reach, else at a word boundary with an ellipsis.
 */
export const deriveTitle = (paragraph: string): string => {
  const sentence = firstSentence(paragraph);
  if (sentence === '') return 'Untitled';
  if (sentence.length <= shortTitleLength) return dropFinalPeriod(sentence);
  return cutAtClause(sentence) ?? cutAtWord(sentence);
};
