import search from 'approx-string-match';
import { combinedContextScore, fitPrefix, fitSuffix } from './context';
import type { TextQuoteSelector } from './selectors';
import type { Span } from '../span';
import { widenToCodePoints } from './surrogates';

/** Shorter quotes are matched exactly or not at all: a 3-letter fuzzy match is found anywhere. */
export const minFuzzyQuoteLength = 4;

/** How far either side of an expected position the near search looks. */
export const nearSearchRadius = (quoteLength: number): number => Math.max(2000, 4 * quoteLength);

/** Most candidates scored per searched stretch (repetitive text can yield thousands). */
const maxCandidatesPerWindow = 32;

/** As in the Hypothesis client, the quote weighs most, then context, then position. */
const weights = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
const totalWeight = weights.quote + weights.prefix + weights.suffix + weights.position;

/** Quote similarity below which nothing is accepted, however well the context matches. */
const minQuoteScore = 0.6;

/**
 * Errors allowed in the search. Hypothesis allows half the quote, but past 40 % a match is
 * rejected below anyway, and as the matcher reports only the least-erroneous matches of a window,
 * the tighter bound gives the same answers while scanning a long text about a quarter faster.
 */
export const fuzzyMaxErrors = (quoteLength: number): number =>
  Math.min(256, Math.floor(quoteLength * (1 - minQuoteScore)));

/**
 * Whether a candidate is believable. A nearly intact quote stands on its own when it is long
 * enough to be distinctive, and otherwise needs its surroundings to agree; a more heavily edited
 * quote is accepted only where the stored prefix and suffix are still around it. A quote that is
 * mostly gone never qualifies (past 40 % of its length the search does not even report it).
 */
const isBelievable = (quote: number, context: number, quoteLength: number): boolean =>
  (quote >= 0.8 && (quoteLength >= 32 || context >= 0.7)) ||
  (quote >= minQuoteScore && context >= 0.8);

export interface FuzzySearch {
  text: string;
  quote: TextQuoteSelector;
  /** Where the quote is thought to start now; breaks ties and feeds the position score. */
  expectedStart: number;
  /** Half-open stretches of `text` to search, not overlapping. */
  windows: readonly Span[];
}

/** A believable approximate match, with the evidence for it (each score from 0 to 1). */
export interface FuzzyMatch extends Span {
  quoteScore: number;
  contextScore: number;
  /** The weighted mix that ranks candidates. */
  score: number;
  distance: number;
}

/** Evidence strong enough to stop looking elsewhere: the quote nearly intact, its context too. */
export const isConfident = (match: FuzzyMatch): boolean =>
  match.quoteScore >= 0.8 && match.contextScore >= 0.9;

interface Candidate extends Span {
  errors: number;
}

const candidatesIn = (request: FuzzySearch, window: Span): Candidate[] => {
  const { text, quote, expectedStart } = request;
  const found = search(
    text.slice(window.start, window.end),
    quote.exact,
    fuzzyMaxErrors(quote.exact.length),
  ).map((match) => ({
    ...match,
    start: window.start + match.start,
    end: window.start + match.end,
  }));
  if (found.length <= maxCandidatesPerWindow) return found;
  return found
    .sort((a, b) => Math.abs(a.start - expectedStart) - Math.abs(b.start - expectedStart))
    .slice(0, maxCandidatesPerWindow);
};

/**
 * Edit distance between two strings, from the matcher's best substring match of `exact` in
 * `found` plus the units of `found` left outside it (an upper bound, exact in practice).
 */
const editDistance = (found: string, exact: string): number => {
  if (found === exact) return 0;
  let fewest = Math.max(found.length, exact.length);
  for (const match of search(found, exact, exact.length)) {
    const unmatched = found.length - (match.end - match.start);
    fewest = Math.min(fewest, match.errors + unmatched);
  }
  return fewest;
};

const score = (request: FuzzySearch, candidate: Candidate): FuzzyMatch | null => {
  const { text, quote, expectedStart } = request;
  // The matcher's edges can be off by about as many units as it found errors.
  const slack = Math.min(64, candidate.errors + 2);
  const prefix = fitPrefix(text, candidate.start, quote.prefix, slack);
  const suffix = fitSuffix(text, candidate.end, quote.suffix, slack);
  const aligned =
    prefix.boundary < suffix.boundary
      ? { start: prefix.boundary, end: suffix.boundary }
      : { start: candidate.start, end: candidate.end };
  const { start, end } = widenToCodePoints(text, aligned.start, aligned.end);
  const quoteScore = 1 - editDistance(text.slice(start, end), quote.exact) / quote.exact.length;
  const contextScore = combinedContextScore(prefix, suffix, quote);
  if (!isBelievable(quoteScore, contextScore, quote.exact.length)) return null;
  const distance = Math.abs(start - expectedStart);
  const positionScore = Math.max(0, 1 - distance / (2 * nearSearchRadius(quote.exact.length)));
  const weighted =
    weights.quote * quoteScore +
    weights.prefix * prefix.score +
    weights.suffix * suffix.score +
    weights.position * positionScore;
  return { start, end, quoteScore, contextScore, score: weighted / totalWeight, distance };
};

/** The best believable approximate match of the quote inside the windows, or null. */
export const findFuzzyQuote = (request: FuzzySearch): FuzzyMatch | null => {
  let best: FuzzyMatch | null = null;
  for (const window of request.windows) {
    for (const candidate of candidatesIn(request, window)) {
      const scored = score(request, candidate);
      if (scored === null) continue;
      const better =
        best === null ||
        scored.score > best.score ||
        (scored.score === best.score && scored.distance < best.distance);
      if (better) best = scored;
    }
  }
  return best;
};
