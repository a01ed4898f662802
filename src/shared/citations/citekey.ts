import { yearOf } from './dates';
import type { CslName, Reference } from './reference';

/*
 * Citation keys in Better BibTeX's authorYearTitleword style: the first author's family name,
 * the year, the first significant word of the title, lowercased and folded to ASCII
 * (`smith2024reading`). A key taken in the library gets a letter: smith2024readinga, ...b.
 */

/**
 * Keys both BibTeX and Pandoc read as they are: a letter, digit or _ first and last, and
 * `: . + / -` only inside (no spaces, braces, commas or %).
 */
const citekeyPattern = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.+/-]*[\p{L}\p{N}_])?$/u;

/** Why `key` (already trimmed) is not a citation key, or null if it is. */
export const citekeyProblem = (key: string): string | null => {
  if (key.length === 0) return 'A citation key cannot be empty.';
  if (key.length > 100) return 'A citation key can be at most 100 characters.';
  return citekeyPattern.test(key)
    ? null
    : 'A citation key holds letters, digits and _ (and : . - / inside), with no spaces: for example smith2024reading.';
};

/** Letters that Unicode decomposition does not take apart. */
const foldings: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŋ: 'n',
};

/** Lowercase ASCII letters and digits only: accents taken off, other scripts left out. */
export const asciiFold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[ßæœøłđðþıŋ]/gu, (letter) => foldings[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[^a-z0-9]/gu, '');

/** Words that never make a title word: articles, prepositions, conjunctions (as BBT skips). */
const skipWords = new Set(
  (
    'a ab aboard about above across after against al along amid among an and anti around as at ' +
    'before behind below beneath beside besides between beyond but by d da das de dei del della ' +
    'delle dello dem den der des despite di die do down du during ein eine einem einen einer ' +
    'eines el en et except for from gli i il in inside into is l la las le les like lo los near ' +
    'nor of off on onto or over past per plus round save since so some sur than the through to ' +
    'toward towards uber un una unas une uno unos under underneath unlike until up upon versus ' +
    'via von while with within without yet zu zum'
  ).split(' '),
);

const titleWord = (title: string | undefined): string => {
  for (const word of (title ?? '').split(/[\s\p{P}\p{S}]+/u)) {
    const folded = asciiFold(word);
    if (folded && !skipWords.has(folded)) return folded;
  }
  return '';
};

const nameWord = (name: CslName | undefined): string => {
  if (!name) return '';
  if (name.family) return asciiFold(name.family);
  return asciiFold((name.literal ?? name.given ?? '').split(/\s+/u)[0] ?? '');
};

/** The key a reference would get in an empty library. Never empty: `ref` when nothing fits. */
export const baseCitekey = (reference: Reference): string => {
  const author = nameWord(reference.author?.[0] ?? reference.editor?.[0]);
  const year = yearOf(reference.issued);
  const key = `${author}${year === null ? '' : String(Math.abs(year))}${titleWord(reference.title)}`;
  return key || 'ref';
};

/** a, b, ..., z, aa, ab, ...: the n-th (0-based) disambiguating suffix. */
export const citekeySuffix = (index: number): string => {
  let suffix = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  return suffix;
};

/**
 * `base`, else the first of base+a, base+b, ... that `isTaken` says is free. Keys compare
 * without regard to case, as BibTeX does.
 */
export const uniqueCitekey = (base: string, isTaken: (key: string) => boolean): string => {
  if (!isTaken(base)) return base;
  for (let index = 0; ; index += 1) {
    const key = `${base}${citekeySuffix(index)}`;
    if (!isTaken(key)) return key;
  }
};
