import { findFuzzyQuote, fuzzyMaxErrors, minFuzzyQuoteLength } from './fuzzy';
import { quoteContextLength, type TextQuoteSelector } from './selectors';
import type { Span } from '../span';
import type { TextEdit } from './textEdit';
import { windowsAround } from './windows';
import { buildWordIndex, indexedWordCount, rareWordStarts, type WordIndex } from './wordIndex';

/** The stretches of the new text that no old text was kept as: written anew, or moved there. */
export const insertedStretches = (edit: TextEdit, newLength: number): Span[] => {
  const gaps: Span[] = [];
  let from = 0;
  for (const stretch of [...edit.stretches].sort((a, b) => a.newStart - b.newStart)) {
    if (stretch.newStart > from) gaps.push({ start: from, end: stretch.newStart });
    from = Math.max(from, stretch.newStart + stretch.length);
  }
  if (from < newLength) gaps.push({ start: from, end: newLength });
  return gaps;
};

/** The gaps widened by `margin` on each side, merged where they then overlap. */
const widened = (gaps: readonly Span[], margin: number, length: number): Span[] => {
  const windows: Span[] = [];
  for (const gap of gaps) {
    const start = Math.max(0, gap.start - margin);
    const end = Math.min(length, gap.end + margin);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
};

/** Exact copies of `exact` lying wholly inside one of the windows. */
const copiesIn = (text: string, exact: string, windows: readonly Span[]): Span[] => {
  const copies: Span[] = [];
  for (const window of windows) {
    // Searched within the window alone: an indexOf on the whole text would read on to its end
    // for every window that holds no copy.
    const inWindow = text.slice(window.start, window.end);
    for (let at = inWindow.indexOf(exact); at !== -1; at = inWindow.indexOf(exact, at + 1)) {
      copies.push({ start: window.start + at, end: window.start + at + exact.length });
    }
  }
  return copies;
};

/** The parts of `spans` inside `windows` (both sorted and not overlapping). */
const intersected = (spans: readonly Span[], windows: readonly Span[]): Span[] => {
  const parts: Span[] = [];
  let next = 0;
  for (const span of spans) {
    while (next < windows.length && (windows[next]?.end ?? 0) <= span.start) next += 1;
    for (let at = next; at < windows.length; at += 1) {
      const window = windows[at];
      if (!window || window.start >= span.end) break;
      const start = Math.max(span.start, window.start);
      const end = Math.min(span.end, window.end);
      if (end > start) parts.push({ start, end });
    }
  }
  return parts;
};

/**
 * A quote with few words an index can place it by (a short one, mostly) is searched for in all
 * of its windows: its few words, common ones more often than not, would point at too many places
 * to pick the right ones, and the matcher is cheap on a short quote.
 */
const searchedEverywhere = (exact: string): boolean => indexedWordCount(exact) < 4;

/** Where the quote is looked for: its verbatim copies, or else the windows it may be in. */
export type InsertedSearch = (quote: TextQuoteSelector, expectedStart: number) => Span | null;

/**
 * Looks for quotes whose words the edit did not keep where they were: a passage that moved (and
 * may have been edited on the way) is new text where it landed, so only inserted stretches at
 * least about as long as the quote are searched, verbatim copies first. That is fast on a long
 * text with a few changes, and the search cannot attach a highlight to kept text, which other
 * words of the old version account for. The approximate search, the slow part, looks only where
 * the quote's rarest words say it may be (see wordIndex.ts), in an index of the inserted text
 * built on the first quote that needs it. `longestQuote` bounds how far around the inserted
 * stretches any quote's windows reach, and so what the index holds.
 */
export const createInsertedSearch = (
  text: string,
  edit: TextEdit,
  longestQuote: number,
): InsertedSearch => {
  const inserted = insertedStretches(edit, text.length);
  const windowMargin = (length: number) => Math.ceil(length * 0.4) + quoteContextLength;
  let index: WordIndex | null = null;
  const wordIndex = (): WordIndex =>
    (index ??= buildWordIndex(text, widened(inserted, windowMargin(longestQuote), text.length)));
  /** The windows' places where the quote's rarest words agree it may start. */
  const placesIn = (exact: string, windows: readonly Span[]): readonly Span[] => {
    if (searchedEverywhere(exact)) return windows;
    const bucket = Math.max(16, fuzzyMaxErrors(exact.length));
    const starts = rareWordStarts(wordIndex(), exact, text.length, bucket);
    return intersected(windowsAround(text.length, starts, exact.length, 2 * bucket), windows);
  };
  return (quote, expectedStart) => {
    const length = quote.exact.length;
    const longEnough = inserted.filter((gap) => gap.end - gap.start >= Math.ceil(length * 0.6));
    const windows = widened(longEnough, windowMargin(length), text.length);
    const copies = copiesIn(text, quote.exact, windows);
    if (copies.length === 1) return copies[0] ?? null;
    if (length < minFuzzyQuoteLength) return null;
    // Several copies: their contexts decide. None: an approximate match may still be there.
    const searched =
      copies.length > 1 ? widened(copies, 0, text.length) : placesIn(quote.exact, windows);
    if (searched.length === 0) return null;
    const found = findFuzzyQuote({ text, quote, expectedStart, windows: searched });
    return found && { start: found.start, end: found.end };
  };
};
