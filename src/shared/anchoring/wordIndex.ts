/*
 * Where to look for a quote that is neither where it was nor near its old context. Scanning the
 * whole text with the approximate matcher costs about 40 ms per quote on 1 MB, and a document
 * whose passages were cut can have many such quotes (all of them orphans in the end). Instead, a
 * quote that survived with few edits keeps most of its words verbatim: the words of the quote
 * that are rarest in the text each vote for where the quote would start, and only the places
 * where several of them agree are searched. A quote whose distinctive words were all rewritten
 * is orphaned, as a person comparing the texts would find it hard to place too.
 */

import type { Span } from '../span';

/** Every word of a text (letters and digits, lower-cased) with the offsets where it starts. */
export type WordIndex = ReadonlyMap<string, readonly number[]>;

interface Word {
  word: string;
  at: number;
}

/** Words shorter than this are too common to place a quote (and half of all words). */
const minWordLength = 4;

const isWordCharacter = (code: number): boolean =>
  code < 128
    ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    : /[\p{L}\p{N}]/u.test(String.fromCharCode(code));

/**
 * Calls `found` for every word (a run of letters and digits of minWordLength or more, lower-cased)
 * with its offset. A loop over char codes: a regular expression's match objects cost three times
 * as much on a 1 MB text.
 */
const eachWord = (
  text: string,
  found: (word: string, at: number) => void,
  from = 0,
  to = text.length,
): void => {
  let start = -1;
  for (let at = from; at <= to; at += 1) {
    const inWord = at < to && isWordCharacter(text.charCodeAt(at));
    if (inWord && start === -1) start = at;
    else if (!inWord && start !== -1) {
      if (at - start >= minWordLength) found(text.slice(start, at).toLowerCase(), start);
      start = -1;
    }
  }
};

const wordsOf = (text: string): Word[] => {
  const words: Word[] = [];
  eachWord(text, (word, at) => words.push({ word, at }));
  return words;
};

/**
 * The index of the whole text, or of the words inside `spans` only (offsets still in the whole
 * text; a word cut by a span's edge is indexed as the part inside it).
 */
export const buildWordIndex = (
  text: string,
  spans: readonly Span[] = [{ start: 0, end: text.length }],
): WordIndex => {
  const index = new Map<string, number[]>();
  const add = (word: string, at: number) => {
    const list = index.get(word);
    if (list) list.push(at);
    else index.set(word, [at]);
  };
  for (const { start, end } of spans) eachWord(text, add, start, end);
  return index;
};

/** How many different words of the quote an index could place it by. */
export const indexedWordCount = (quote: string): number =>
  new Set(wordsOf(quote).map(({ word }) => word)).size;

/** How many of the quote's rarest words vote; more only adds common words' noise. */
const votingWords = 8;
/** A word found more often than this says little about where one quote is. */
const maxOccurrences = 5_000;
/** Most places searched per quote, best agreed first. */
const maxPlaces = 16;

/**
 * Where the quote may start now, judged by its rarest words: starts where at least a third of
 * them (and at least two, when it has two) sit at their offsets in the quote, give or take
 * `bucket` units. Best agreed first; empty when no word of the quote is in the text.
 */
export const rareWordStarts = (
  index: WordIndex,
  quote: string,
  textLength: number,
  bucket: number,
): number[] => {
  const seen = new Set<string>();
  const voters = wordsOf(quote)
    .filter(({ word }) => !seen.has(word) && seen.add(word))
    .map((item) => ({ ...item, count: index.get(item.word)?.length ?? 0 }))
    .filter((item) => item.count > 0 && item.count <= maxOccurrences)
    .sort((a, b) => a.count - b.count)
    .slice(0, votingWords);
  if (voters.length === 0) return [];
  const needed = Math.max(Math.min(2, voters.length), Math.ceil(voters.length / 3));

  // Votes by bucket of candidate start, each word once per bucket. A start near a bucket's edge
  // would split its votes, so every vote also counts for the two neighbouring buckets.
  const buckets = Math.ceil(textLength / bucket) + 2;
  const counts = new Uint8Array(buckets);
  const lastVoter = new Int8Array(buckets).fill(-1);
  const places: { key: number; count: number }[] = [];
  voters.forEach(({ word, at }, voter) => {
    for (const position of index.get(word) ?? []) {
      const centre = Math.floor((position - at) / bucket);
      for (let key = Math.max(0, centre - 1); key <= centre + 1 && key < buckets; key += 1) {
        if (lastVoter[key] === voter) continue;
        lastVoter[key] = voter;
        counts[key] = (counts[key] ?? 0) + 1;
        if (counts[key] === needed) places.push({ key, count: 0 });
      }
    }
  });
  for (const place of places) place.count = counts[place.key] ?? 0;
  return places
    .sort((a, b) => b.count - a.count || a.key - b.key)
    .slice(0, maxPlaces)
    .map(({ key }) => key * bucket);
};

/**
 * Every offset where `needle` occurs in the text, found through the rarest word lying wholly
 * inside it (a word at either edge may continue outside it); null when it holds no such word.
 */
export const occurrencesOf = (index: WordIndex, text: string, needle: string): number[] | null => {
  const inner = wordsOf(needle).filter(
    ({ word, at }) => at > 0 && at + word.length < needle.length,
  );
  let rarest: (Word & { offsets: readonly number[] }) | null = null;
  for (const item of inner) {
    const offsets = index.get(item.word) ?? [];
    if (rarest === null || offsets.length < rarest.offsets.length) rarest = { ...item, offsets };
  }
  if (rarest === null) return null;
  const { at, offsets } = rarest;
  return offsets.map((offset) => offset - at).filter((start) => text.startsWith(needle, start));
};
