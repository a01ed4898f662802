import type { SearchTerm } from './queryParser';

/**
 * Finds search terms in a text the way FTS5's `unicode61 remove_diacritics 2` tokenizer matched
 * them, and answers UTF-16 offsets into the original text: case and diacritics are ignored
 * ("Café" ~ "cafe"), and terms match whole tokens (a prefix, the start of one).
 *
 * The text is folded one UTF-16 unit at a time into a string of the same length, so an offset
 * in the folded text is the same offset in the original.
 */

const folded = new Map<string, string>();

/** One unit, lower-cased and without its diacritics where that stays one unit (é → e). */
const foldUnit = (unit: string): string => {
  let result = folded.get(unit);
  if (result === undefined) {
    const base = unit
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    const lower = unit.toLowerCase();
    result = base.length === 1 ? base : lower.length === 1 ? lower : unit;
    folded.set(unit, result);
  }
  return result;
};

/** The text lower-cased and without diacritics, unit for unit (same length, same offsets). */
export const foldText = (text: string): string => text.replace(/[A-Z]|[^ -~\t\n\r]/g, foldUnit);

/** A match: [start, end) in the text. */
export type MatchRange = [number, number];

/** Finds every match of any of the terms in a text, in order, never overlapping. */
export type Matcher = (text: string) => MatchRange[];

const separator = 0;
const tokenChar = 1;
const mark = 2;
type CharKind = typeof separator | typeof tokenChar | typeof mark;

// Unicode property classes cost about a millisecond to compile: these are compiled once, and
// the per-query pattern below is plain literal text.
const isMark = /^\p{M}$/u;
const isTokenChar = /^[\p{L}\p{N}\p{Co}]$/u;
const kinds = new Map<string, CharKind>();

const kindOf = (char: string): CharKind => {
  let kind = kinds.get(char);
  if (kind === undefined) {
    kind = isMark.test(char) ? mark : isTokenChar.test(char) ? tokenChar : separator;
    kinds.set(char, kind);
  }
  return kind;
};

/** The code point at `index`, as a string of one or two units ('' at the end). */
const charAt = (text: string, index: number): string => {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
};

/** The code point that ends just before `index` ('' at the start). */
const charBefore = (text: string, index: number): string => {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return charAt(text, isLowSurrogate && index >= 2 ? index - 2 : index - 1);
};

/** Whether a token ends at `index`: nothing but a separator, or the end, follows. */
const endsToken = (text: string, index: number): boolean =>
  index >= text.length || kindOf(charAt(text, index)) === separator;

/** Whether a token starts at `index` (combining marks before it belong to the token). */
const startsToken = (text: string, index: number): boolean => {
  let at = index;
  let before = charBefore(text, at);
  while (before !== '' && kindOf(before) === mark) {
    at -= before.length;
    before = charBefore(text, at);
  }
  return before === '' || kindOf(before) === separator;
};

/** Moves over characters of the given kinds (a run of marks, or the rest of a word). */
const skip = (text: string, index: number, accept: (kind: CharKind) => boolean): number => {
  let at = index;
  for (let char = charAt(text, at); char !== '' && accept(kindOf(char)); char = charAt(text, at)) {
    at += char.length;
  }
  return at;
};

interface FoldedTerm {
  tokens: string[];
  prefix: boolean;
}

/** Where the term, starting at `index` in folded text, ends; -1 when it does not match there. */
const matchAt = (text: string, index: number, { tokens, prefix }: FoldedTerm): number => {
  let at = index;
  for (const [position, token] of tokens.entries()) {
    if (position > 0) {
      const words = at;
      at = skip(text, at, (kind) => kind === separator);
      if (at === words) return -1;
    }
    if (!text.startsWith(token, at)) return -1;
    at = skip(text, at + token.length, (kind) => kind === mark);
    // A prefix match covers the rest of its word, so the whole word is marked.
    if (prefix && position === tokens.length - 1)
      return skip(text, at, (kind) => kind !== separator);
    if (!endsToken(text, at)) return -1;
  }
  return at;
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matcher of these terms. Only precomposed diacritics are ignored inside a word: in
 * decomposed text ("e" + U+0301) marks are skipped after a word, not in the middle of one.
 */
export const createMatcher = (terms: readonly SearchTerm[]): Matcher => {
  const folded: FoldedTerm[] = terms
    .map(({ tokens, prefix }) => ({
      tokens: tokens.map((token) => foldText(token).replace(/\p{M}+/gu, '')),
      prefix,
    }))
    .filter(({ tokens }) => tokens.every((token) => token !== ''));
  if (folded.length === 0) return () => [];
  // Longest first, so the regular expression tries "trade" before "tra" at the same place.
  const firsts = [...new Set(folded.map(({ tokens }) => tokens[0] ?? ''))].sort(
    (a, b) => b.length - a.length,
  );
  const candidates = new RegExp(firsts.map(escape).join('|'), 'g');

  return (text) => {
    const haystack = foldText(text);
    const ranges: MatchRange[] = [];
    candidates.lastIndex = 0;
    for (let found = candidates.exec(haystack); found; found = candidates.exec(haystack)) {
      const start = found.index;
      let end = -1;
      if (startsToken(haystack, start)) {
        // The longest term at this place wins: a phrase over its own first word.
        for (const term of folded) end = Math.max(end, matchAt(haystack, start, term));
      }
      if (end > start) ranges.push([start, end]);
      candidates.lastIndex = end > start ? end : start + 1;
    }
    return ranges;
  };
};
