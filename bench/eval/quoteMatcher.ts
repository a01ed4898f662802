import search from 'approx-string-match';
import type { Span } from '../../src/shared/span';

/**
 * A plain Hypothesis-style quote matcher, for comparison: the quote searched anywhere in the new
 * text with up to half its length in errors, the candidate with the fewest errors taken (the one
 * nearest the old position among equals). Null when nothing is that close.
 */
export const matchQuote = (text: string, quote: string, oldStart: number): Span | null => {
  const matches = search(text, quote, Math.floor(quote.length / 2));
  let best: (Span & { errors: number }) | null = null;
  for (const match of matches) {
    const better =
      !best ||
      match.errors < best.errors ||
      (match.errors === best.errors &&
        Math.abs(match.start - oldStart) < Math.abs(best.start - oldStart));
    if (better) best = match;
  }
  return best && { start: best.start, end: best.end };
};
