import { findFuzzyQuote, minFuzzyQuoteLength } from './fuzzy';
import { quoteContextLength, type TextQuoteSelector } from './selectors';
import type { Span } from '../span';
import type { TextEdit } from './textEdit';

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

/**
 * Looks for a quote whose words the edit did not keep where they were: a passage that moved
 * (and may have been edited on the way) is new text where it landed, so only inserted stretches
 * at least about as long as the quote are searched, verbatim copies first. That is fast on a long
 * text with a few changes, and the search cannot attach the highlight to kept text, which other
 * words of the old version account for.
 */
export const searchInserted = (
  text: string,
  quote: TextQuoteSelector,
  expectedStart: number,
  inserted: readonly Span[],
): Span | null => {
  const length = quote.exact.length;
  const longEnough = inserted.filter((gap) => gap.end - gap.start >= Math.ceil(length * 0.6));
  const windows = widened(longEnough, Math.ceil(length * 0.4) + quoteContextLength, text.length);
  const copies = copiesIn(text, quote.exact, windows);
  if (copies.length === 1) return copies[0] ?? null;
  if (length < minFuzzyQuoteLength) return null;
  // Several copies: their contexts decide. None: an approximate match may still be there.
  const found = findFuzzyQuote({
    text,
    quote,
    expectedStart,
    windows: copies.length > 1 ? widened(copies, 0, text.length) : windows,
  });
  return found && { start: found.start, end: found.end };
};
