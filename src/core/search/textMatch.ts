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

const unusual = /[^ -~\t\n\r]/;

/** The text lower-cased and without diacritics, unit for unit (same length, same offsets). */
export const foldText = (text: string): string =>
  // Plain ASCII (most texts) lower-cases natively, unit for unit: a function call per capital
  // letter took 0.8 to 1.3 ms of CPU on the twenty texts of an answer (205 KB), this 0.4.
  unusual.test(text) ? text.replace(/[A-Z]|[^ -~\t\n\r]/g, foldUnit) : text.toLowerCase();

/** A match: [start, end) in the text. */
export type MatchRange = [number, number];

/** Finds every match of any of the terms in a text, in order, never overlapping. */
export type Matcher = (text: string) => MatchRange[];

// Kinds of character, as bit flags so a scan can accept several.
const separator = 1;
const tokenChar = 2;
const mark = 4;
type CharKind = typeof separator | typeof tokenChar | typeof mark;

// Unicode property classes cost about a millisecond to compile: these are compiled once, and
// the per-query pattern below is plain literal text. ASCII is looked up in a table.
const isMark = /^\p{M}$/u;
const isTokenChar = /^[\p{L}\p{N}\p{Co}]$/u;
const asciiKinds = Array.from({ length: 128 }, (_, code): CharKind =>
  /[a-zA-Z0-9]/.test(String.fromCharCode(code)) ? tokenChar : separator,
);
const kinds = new Map<number, CharKind>();

const kindOf = (code: number): CharKind => {
  if (code < 128) return asciiKinds[code] ?? separator;
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = isMark.test(char) ? mark : isTokenChar.test(char) ? tokenChar : separator;
    kinds.set(code, kind);
  }
  return kind;
};

const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** The code point that ends just before `index`, or -1 at the start. */
const codeBefore = (text: string, index: number): number => {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2) ?? low;
  }
  return low;
};

/** Moves over characters of the accepted kinds (a run of marks, the rest of a word...). */
const skip = (text: string, index: number, accepted: number): number => {
  let at = index;
  for (let code = text.codePointAt(at); code !== undefined; code = text.codePointAt(at)) {
    if ((kindOf(code) & accepted) === 0) break;
    at += width(code);
  }
  return at;
};

/** Whether a token ends at `index`: nothing but a separator, or the end, follows. */
const endsToken = (text: string, index: number): boolean => {
  const code = text.codePointAt(index);
  return code === undefined || kindOf(code) === separator;
};

/** Whether a token starts at `index` (combining marks before it belong to the token). */
const startsToken = (text: string, index: number): boolean => {
  let at = index;
  let before = codeBefore(text, at);
  while (before !== -1 && kindOf(before) === mark) {
    at -= width(before);
    before = codeBefore(text, at);
  }
  return before === -1 || kindOf(before) === separator;
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
      at = skip(text, at, separator);
      if (at === words) return -1;
    }
    if (!text.startsWith(token, at)) return -1;
    at = skip(text, at + token.length, mark);
    // A prefix match covers the rest of its word, so the whole word is marked.
    if (prefix && position === tokens.length - 1) return skip(text, at, tokenChar | mark);
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
