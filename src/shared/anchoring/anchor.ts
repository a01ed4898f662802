import { findExactQuote } from './exact';
import {
  findFuzzyQuote,
  fuzzyMaxErrors,
  isConfident,
  minFuzzyQuoteLength,
  nearSearchRadius,
} from './fuzzy';
import { quoteContextLength, type RangeSelectors } from './selectors';
import type { Span } from '../span';
import { contextSeeds, coversWholeText, windowsAround, type Occurrences } from './windows';
import { buildWordIndex, occurrencesOf, rareWordStarts, type WordIndex } from './wordIndex';

/**
 * Where a highlight lands in a text. 'anchored': its stored position still holds its quote.
 * 'moved': found elsewhere, or with an edited quote (then end - start may differ from the quote's
 * length; describe the new range to refresh the stored selectors). 'orphaned': not found; the
 * highlight is kept and shown to the user, never dropped.
 */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number }
  | { status: 'moved'; start: number; end: number }
  | { status: 'orphaned' };

const orphaned: AnchorResult = { status: 'orphaned' };
const moved = (span: Span): AnchorResult => ({ status: 'moved', start: span.start, end: span.end });

/** Steps (a) and (b): the stored position, then the verbatim quote anywhere; null if neither. */
const anchorExactly = (text: string, selectors: RangeSelectors): AnchorResult | null => {
  const { exact } = selectors.quote;
  const { start, end } = selectors.position;
  if (exact.length === 0) return orphaned;
  const positionHolds =
    Number.isInteger(start) &&
    start >= 0 &&
    end === start + exact.length &&
    end <= text.length &&
    text.startsWith(exact, start);
  if (positionHolds) return { status: 'anchored', start, end };
  const found = findExactQuote(text, selectors.quote, start);
  return found && moved(found);
};

/**
 * A text's word index, built the first time a far search needs it and kept; once built, it also
 * finds the context of later quotes without scanning the text.
 */
interface LazyWordIndex {
  get(): WordIndex;
  occurrences: Occurrences;
}

const lazyWordIndex = (text: string): LazyWordIndex => {
  let index: WordIndex | null = null;
  return {
    get: () => (index ??= buildWordIndex(text)),
    occurrences: (needle) => (index === null ? null : occurrencesOf(index, text, needle)),
  };
};

/**
 * Steps (c) to (e): an approximate match near where the quote is expected, then anywhere. "Near"
 * first means right where its verbatim prefix or suffix now is (a tight window, cheap however far
 * the text shifted; taken at once if both quote and context match well), then wide windows around
 * the stored start, the start implied by a shifted neighbour, and those context positions.
 */
const anchorFuzzily = (
  text: string,
  selectors: RangeSelectors,
  shiftedStart: number | null,
  wordIndex: LazyWordIndex,
): AnchorResult => {
  const { quote } = selectors;
  const length = quote.exact.length;
  if (length < minFuzzyQuoteLength) return orphaned;
  const storedStart = selectors.position.start;
  const expectedStart = shiftedStart ?? storedStart;
  const seeds = contextSeeds(text, quote, expectedStart, wordIndex.occurrences);
  if (seeds.length > 0) {
    const slack = fuzzyMaxErrors(length) + quoteContextLength;
    const windows = windowsAround(text.length, seeds, length, slack);
    const seeded = findFuzzyQuote({ text, quote, expectedStart, windows });
    if (seeded && isConfident(seeded)) return moved(seeded);
  }
  const centres = [storedStart, ...seeds, ...(shiftedStart === null ? [] : [shiftedStart])];
  const near = windowsAround(text.length, centres, length, nearSearchRadius(length));
  const nearMatch = findFuzzyQuote({ text, quote, expectedStart, windows: near });
  if (nearMatch) return moved(nearMatch);
  if (coversWholeText(near, text.length)) return orphaned;
  // Anywhere else: only where the quote's rarest words say it may be (see wordIndex.ts).
  const bucket = Math.max(16, fuzzyMaxErrors(length));
  const starts = rareWordStarts(wordIndex.get(), quote.exact, text.length, bucket);
  const far = windowsAround(text.length, starts, length, 2 * bucket);
  const farMatch = far.length > 0 && findFuzzyQuote({ text, quote, expectedStart, windows: far });
  return farMatch ? moved(farMatch) : orphaned;
};

/**
 * Finds a highlight in `text` from its stored selectors, trying in order: the stored position,
 * the exact quote (best context, then nearest), a fuzzy match near the expected position, a fuzzy
 * match anywhere. Quotes under 4 units are matched exactly or orphaned.
 */
export const anchorRange = (text: string, selectors: RangeSelectors): AnchorResult =>
  anchorExactly(text, selectors) ?? anchorFuzzily(text, selectors, null, lazyWordIndex(text));

/** Old start -> new start of the highlights that were found verbatim, by old start. */
type Shift = readonly [oldStart: number, newStart: number];

const nearestShift = (shifts: readonly Shift[], oldStart: number): Shift | undefined => {
  let low = 0;
  let high = shifts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((shifts[middle]?.[0] ?? 0) < oldStart) low = middle + 1;
    else high = middle;
  }
  const after = shifts[low];
  const before = shifts[low - 1];
  if (!before) return after;
  if (!after) return before;
  return after[0] - oldStart < oldStart - before[0] ? after : before;
};

/**
 * anchorRange for many highlights of one text, results in the same order. Unchanged text costs
 * one comparison per highlight; highlights found verbatim tell the others how far the text around
 * them has shifted, which points the fuzzy search at the right place first.
 */
export const anchorAll = (text: string, items: readonly RangeSelectors[]): AnchorResult[] => {
  const exact = items.map((selectors) => anchorExactly(text, selectors));
  const shifts: Shift[] = [];
  exact.forEach((result, index) => {
    const selectors = items[index];
    if (result && result.status !== 'orphaned' && selectors) {
      shifts.push([selectors.position.start, result.start]);
    }
  });
  shifts.sort((a, b) => a[0] - b[0]);
  const wordIndex = lazyWordIndex(text);
  return items.map((selectors, index) => {
    const known = exact[index];
    if (known) return known;
    const shift = nearestShift(shifts, selectors.position.start);
    const shiftedStart = shift ? selectors.position.start + shift[1] - shift[0] : null;
    return anchorFuzzily(text, selectors, shiftedStart, wordIndex);
  });
};
