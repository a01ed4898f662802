import { combinedContextScore, fitPrefix, fitSuffix } from './context';
import type { TextQuoteSelector } from './selectors';
import type { Span } from '../span';

/**
 * How many occurrences get the (more expensive) fuzzy context comparison. A common short quote
 * ("the") can occur thousands of times; the cheap run-length ranking picks these first.
 */
const maxOccurrencesCompared = 32;

/** Equal-within-rounding, so ties in context fall through to distance. */
const epsilon = 1e-9;

/** Units of `prefix` that the text just before `start` repeats, counting back from the quote. */
const prefixRun = (text: string, start: number, prefix: string): number => {
  let run = 0;
  while (
    run < prefix.length &&
    start - 1 - run >= 0 &&
    text.charCodeAt(start - 1 - run) === prefix.charCodeAt(prefix.length - 1 - run)
  ) {
    run += 1;
  }
  return run;
};

/** Units of `suffix` that the text from `end` repeats. */
const suffixRun = (text: string, end: number, suffix: string): number => {
  let run = 0;
  while (
    run < suffix.length &&
    end + run < text.length &&
    text.charCodeAt(end + run) === suffix.charCodeAt(run)
  ) {
    run += 1;
  }
  return run;
};

const occurrencesOf = (text: string, exact: string): number[] => {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    starts.push(at);
  }
  return starts;
};

/**
 * The occurrence of the exact quote that best fits the stored context, the nearest to
 * `expectedStart` among equally good ones; null when the quote no longer occurs verbatim.
 */
export const findExactQuote = (
  text: string,
  quote: TextQuoteSelector,
  expectedStart: number,
): Span | null => {
  const { exact, prefix, suffix } = quote;
  const starts = occurrencesOf(text, exact);
  const only = starts.length === 1 ? starts[0] : undefined;
  if (only !== undefined) return { start: only, end: only + exact.length };
  if (starts.length === 0) return null;

  const shortlist = starts
    .map((start) => ({
      start,
      run: prefixRun(text, start, prefix) + suffixRun(text, start + exact.length, suffix),
      distance: Math.abs(start - expectedStart),
    }))
    .sort((a, b) => b.run - a.run || a.distance - b.distance)
    .slice(0, maxOccurrencesCompared);

  let best: { start: number; context: number; distance: number } | null = null;
  for (const { start, distance } of shortlist) {
    const prefixFit = fitPrefix(text, start, prefix, 0);
    const suffixFit = fitSuffix(text, start + exact.length, suffix, 0);
    const context = combinedContextScore(prefixFit, suffixFit, quote);
    const better =
      best === null ||
      context > best.context + epsilon ||
      (context > best.context - epsilon && distance < best.distance);
    if (better) best = { start, context, distance };
  }
  return best && { start: best.start, end: best.start + exact.length };
};
