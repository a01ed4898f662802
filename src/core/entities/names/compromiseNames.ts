import type { NameSpan, NameType } from '../../../shared/entities';
import { compromiseNlp } from '../nlp';
import type { NameExtractor } from '../types';
import { runCandidates, runsOf, type Candidate } from './runs';
import { wordsOf } from './words';

/**
 * Names found with compromise's tokenizer and tagger, and rules of our own on top: runs of
 * capitalised words split at punctuation and titles, sentence-initial words and headlines
 * treated with suspicion, gazetteers of countries, demonyms, regions and large cities, cue
 * words for organisations, places and laws, then one type per spelling across the document.
 */
export class CompromiseNameExtractor implements NameExtractor {
  readonly name = 'compromise';

  extract(text: string): NameSpan[] {
    const words = wordsOf(text, compromiseNlp());
    const candidates = runsOf(words).flatMap(({ run, index }) =>
      runCandidates(text, words, index, run.length),
    );
    return voteOnTypes(text, candidates);
  }
}

/**
 * One type per spelling in a document: the guesses for "Trump" everywhere are added up by
 * strength, and a one-word name that is the first or last word of a person's name ("Trump" of
 * "Donald Trump", "Yoon" of "Yoon Suk Yeol") leans to person.
 */
const voteOnTypes = (text: string, candidates: readonly Candidate[]): NameSpan[] => {
  const scores = new Map<string, Map<NameType, number>>();
  const strongest = new Map<string, Map<NameType, number>>();
  const nameParts = new Set<string>();
  for (const candidate of candidates) {
    const surface = text.slice(candidate.start, candidate.end);
    const byType = scores.get(surface) ?? new Map<NameType, number>();
    byType.set(candidate.type, (byType.get(candidate.type) ?? 0) + candidate.strength);
    scores.set(surface, byType);
    const best = strongest.get(surface) ?? new Map<NameType, number>();
    best.set(candidate.type, Math.max(best.get(candidate.type) ?? 0, candidate.strength));
    strongest.set(surface, best);
    const tokens = surface.split(/\s+/u);
    if (candidate.type === 'person' && candidate.strength >= 2 && tokens.length > 1) {
      nameParts.add(tokens[0] ?? '');
      nameParts.add(tokens.at(-1) ?? '');
    }
  }
  const chosen = new Map<string, NameType>();
  for (const [surface, byType] of scores) {
    // Part of a person's name, and nothing certain says otherwise ("Trump", not "Jordan").
    const certain = [...(strongest.get(surface) ?? [])].some(
      ([type, strength]) => type !== 'person' && strength === 3,
    );
    if (nameParts.has(surface) && !certain) {
      chosen.set(surface, 'person');
      continue;
    }
    let best: NameType = 'organization';
    let bestScore = -1;
    for (const [type, score] of byType) {
      if (score > bestScore) [best, bestScore] = [type, score];
    }
    chosen.set(surface, best);
  }
  return candidates.map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    type: chosen.get(text.slice(candidate.start, candidate.end)) ?? candidate.type,
  }));
};
