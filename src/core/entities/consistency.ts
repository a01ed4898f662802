import type { NameSpan, NameType } from '../../shared/entities';
import { getLexicon, isFunctionWord } from './lexicon';
import { typedAsFullNames } from './nameParts';

/*
 * Document-wide passes over the names of any extractor: tidy each span, type a short mention as
 * the full name it shortens (nameParts.ts), give acronyms defined in the text the type of their
 * long form, settle one type per spelling, then find every other occurrence of each name, so
 * that a name's mentions are all listed even where the extractor missed one (a headline, a
 * sentence start, a possessive).
 */

const edgeJunk = /^[\s"'“”‘’«»()[\]{},;:!?*_–—-]+|[\s"'“”‘’«»()[\]{},;:!?*_–—-]+$/gu;
const possessive = /['’]s$/u;
const abbreviationDots = /(?:^|\s)(?:\p{Lu}\.)+$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$/u;

/** Trims punctuation, a possessive ending and, for people, a leading title. */
export const tidySpan = (text: string, span: NameSpan): NameSpan | undefined => {
  let { start, end } = span;
  const raw = text.slice(start, end);
  const leading = raw.length - raw.replace(/^[\s"'“”‘’«»()[\]{},;:!?*_–—-]+/u, '').length;
  start += leading;
  let inner = text.slice(start, end).replace(edgeJunk, '');
  if (inner.endsWith('.') && !abbreviationDots.test(inner)) inner = inner.slice(0, -1);
  inner = inner.replace(possessive, '');
  end = start + inner.length;
  if (span.type === 'person') {
    const titles = getLexicon().titles;
    for (;;) {
      const match = /^(\S+)\s+(?=\S)/u.exec(text.slice(start, end));
      if (!match?.[1] || !titles.has(match[1].toLowerCase())) break;
      start += match[0].length;
    }
  }
  if (end - start < 2 || !/\p{L}/u.test(text.slice(start, end))) return undefined;
  return { start, end, type: span.type };
};

/** An exact span as it is, unless it holds no letter at all. */
const keptSpan = (text: string, span: NameSpan): NameSpan | undefined =>
  span.end - span.start >= 1 && /\p{L}/u.test(text.slice(span.start, span.end)) ? span : undefined;

/** First letters of the words: of the capitalised ones, or of all ("Bank of Japan": BOJ). */
const initialsOf = (longForm: string, everyWord: boolean): string =>
  longForm
    .split(/[\s-]+/u)
    .filter((word) => everyWord || /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');

/** "SMA" for "Special Measures Agreement", "NATO" for "North Atlantic Treaty Organization". */
export const abbreviates = (acronym: string, longForm: string): boolean => {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  return [false, true].some((everyWord) => {
    const initials = initialsOf(longForm, everyWord);
    if (initials === letters) return true;
    // Words may be skipped ("Organisation for Economic Co-operation and Development": OECD).
    let at = 0;
    for (const letter of initials) if (letter === letters[at]) at += 1;
    return at === letters.length && initials.charAt(0) === letters.charAt(0);
  });
};

const acronymShape = /^[\p{Lu}][\p{Lu}\d&.]{1,9}$/u;

/**
 * Acronyms defined in the text, "Long Form (LF)" or "LF (Long Form)": acronym → long form. The
 * long form must be one of the spans; the acronym needs not be.
 */
export const acronymDefinitions = (
  text: string,
  spans: readonly NameSpan[],
): Map<string, NameSpan> => {
  const definitions = new Map<string, NameSpan>();
  for (const span of spans) {
    const longForm = text.slice(span.start, span.end);
    const after = /^\s*\(\s*([^()\s]{2,10})\s*\)/u.exec(text.slice(span.end, span.end + 16));
    if (after?.[1] && acronymShape.test(after[1]) && abbreviates(after[1], longForm)) {
      definitions.set(after[1], span);
    }
    const before = /([^()\s]{2,10})\s*\(\s*$/u.exec(
      text.slice(Math.max(0, span.start - 16), span.start),
    );
    const closes = /^\s*\)/u.test(text.slice(span.end, span.end + 4));
    if (before?.[1] && closes && acronymShape.test(before[1]) && abbreviates(before[1], longForm)) {
      definitions.set(before[1], span);
    }
  }
  return definitions;
};

/** Words worth looking for elsewhere: not "The", not a title on its own. */
const isSearchable = (surface: string): boolean => {
  if (surface.length < 2 || !/^\p{Lu}|^\p{N}/u.test(surface)) return false;
  if (surface.includes(' ')) return true;
  const lower = surface.toLowerCase();
  return !isFunctionWord(lower) && !getLexicon().titles.has(lower);
};

const byStart = (a: NameSpan, b: NameSpan): number => a.start - b.start || b.end - a.end;

const letterOrNumber = /[\p{L}\p{N}]/u;
/** Is the UTF-16 unit at `index` part of a word? (A lone surrogate counts as a letter.) */
const isWordUnit = (text: string, index: number): boolean => {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return (code >= 0xd800 && code <= 0xdfff) || letterOrNumber.test(text[index] ?? '');
};

/**
 * Every occurrence of the given spellings not already covered, as whole words, read left to
 * right with the longest spelling winning where several start at one place. Plain string
 * search: a regular expression of every spelling cost more to compile than to run.
 */
const findOccurrences = (
  text: string,
  types: ReadonlyMap<string, NameType>,
  covered: Uint8Array,
): NameSpan[] => {
  const candidates: NameSpan[] = [];
  for (const [surface, type] of types) {
    if (!isSearchable(surface)) continue;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!isWordUnit(text, at - 1) && !isWordUnit(text, end)) {
        candidates.push({ start: at, end, type });
      }
    }
  }
  candidates.sort(byStart);
  const found: NameSpan[] = [];
  let readUpTo = 0;
  for (const span of candidates) {
    if (span.start < readUpTo) continue;
    readUpTo = span.end;
    if (covered.subarray(span.start, span.end).some((flag) => flag === 1)) continue;
    found.push(span);
    covered.fill(1, span.start, span.end);
  }
  return found;
};

/** Drops spans that overlap an earlier, longer one. */
const withoutOverlaps = (spans: NameSpan[]): NameSpan[] => {
  const kept: NameSpan[] = [];
  for (const span of [...spans].sort(byStart)) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
};

/** Settles the names of one document: tidy spans, acronyms, every mention of each name. */
export const consistentNames = (
  text: string,
  spans: readonly NameSpan[],
  { exact = false }: { exact?: boolean } = {},
): NameSpan[] => {
  const tidy = typedAsFullNames(
    text,
    withoutOverlaps(
      spans.flatMap((span) => (exact ? keptSpan(text, span) : tidySpan(text, span)) ?? []),
    ),
  );
  const votes = new Map<string, Map<NameType, number>>();
  for (const span of tidy) {
    const surface = text.slice(span.start, span.end);
    const byType = votes.get(surface) ?? new Map<NameType, number>();
    byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
    votes.set(surface, byType);
  }
  const types = new Map<string, NameType>();
  for (const [surface, byType] of votes) {
    const [best] = [...byType].sort((a, b) => b[1] - a[1]);
    if (best) types.set(surface, best[0]);
  }
  const acronyms = acronymDefinitions(text, tidy);
  for (const [acronym, longForm] of acronyms) types.set(acronym, longForm.type);
  // A person's surname or first name alone ("Trump", "Yoon") is that person too.
  for (const span of tidy) {
    if (span.type !== 'person') continue;
    const tokens = text.slice(span.start, span.end).split(/\s+/u);
    if (tokens.length < 2) continue;
    for (const token of [tokens[0], tokens.at(-1)]) {
      if (token && !types.has(token) && isSearchable(token)) types.set(token, 'person');
    }
  }
  const covered = new Uint8Array(text.length);
  // A span the extractor typed keeps its type: in sports news "Detroit" is a team in the
  // standings and a place in a dateline, and the tagger reads each from its context. The
  // majority type only goes to occurrences the extractor missed; an acronym defined in the
  // text takes its long form's type everywhere.
  const typed = tidy.map((span) => {
    covered.fill(1, span.start, span.end);
    const longForm = acronyms.get(text.slice(span.start, span.end));
    return longForm ? { ...span, type: longForm.type } : span;
  });
  return [...typed, ...findOccurrences(text, types, covered)].sort(byStart);
};
