import search from 'approx-string-match';

/** Where the stored context says a boundary is, and how well that context still matches (0..1). */
export interface ContextFit {
  boundary: number;
  score: number;
}

/** Below this, a context match is too poor to move a boundary by. */
const minScoreToAlign = 0.5;

/** The match of `context` in `region` that lies closest to `boundary`, by one of its edges. */
const closestMatch = (
  region: string,
  regionStart: number,
  context: string,
  boundary: number,
  edge: 'start' | 'end',
): { at: number; errors: number } | null => {
  let best: { at: number; errors: number } | null = null;
  for (const match of search(region, context, context.length)) {
    const at = regionStart + match[edge];
    if (best === null || Math.abs(at - boundary) < Math.abs(best.at - boundary)) {
      best = { at, errors: match.errors };
    }
  }
  return best;
};

/**
 * How well the stored prefix matches just before `start`, looking up to `slack` units either side
 * of it. A fuzzy match's edges can be a few units off (an edited word at the end of a quote cuts
 * it short); where the prefix is clearly still there, its end is the better start.
 */
export const fitPrefix = (
  text: string,
  start: number,
  prefix: string,
  slack: number,
): ContextFit => {
  if (prefix.length === 0) return { boundary: start, score: 1 };
  const from = Math.max(0, start - prefix.length - slack);
  const region = text.slice(from, Math.min(text.length, start + slack));
  const best = closestMatch(region, from, prefix, start, 'end');
  if (best === null) return { boundary: start, score: 0 };
  const score = 1 - best.errors / prefix.length;
  return { boundary: score >= minScoreToAlign ? best.at : start, score };
};

/** The mirror of fitPrefix: the stored suffix just after `end`, and where it now begins. */
export const fitSuffix = (text: string, end: number, suffix: string, slack: number): ContextFit => {
  if (suffix.length === 0) return { boundary: end, score: 1 };
  const from = Math.max(0, end - slack);
  const region = text.slice(from, Math.min(text.length, end + suffix.length + slack));
  const best = closestMatch(region, from, suffix, end, 'start');
  if (best === null) return { boundary: end, score: 0 };
  const score = 1 - best.errors / suffix.length;
  return { boundary: score >= minScoreToAlign ? best.at : end, score };
};

/** Prefix and suffix fit combined, weighted by their lengths (a 1-unit suffix says little). */
export const combinedContextScore = (
  prefix: ContextFit,
  suffix: ContextFit,
  quote: { prefix: string; suffix: string },
): number => {
  const length = quote.prefix.length + quote.suffix.length;
  if (length === 0) return 1;
  return (prefix.score * quote.prefix.length + suffix.score * quote.suffix.length) / length;
};
