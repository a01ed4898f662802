/**
 * The tagger's second look at a document (two-stage prediction, Ratinov & Roth 2009): after the
 * first pass, each name is compared with the labels its OTHER mentions got across the whole
 * article, before and after it. Where they mostly disagree with its own ("Kent" a place in one
 * sentence, a team in the rest of the cricket report), that vote becomes a feature and the
 * sentence is tagged again. Sentences where every name agrees with the rest of the
 * article keep their first labels, so the second pass costs little.
 */
import { type SentenceView } from './features';
import { outside } from './history';
import { labelsToSpans } from './labels';
import { caseClass } from './words';

/** One token's vote, packed in a byte: the other mentions' label, its own, their agreement. */
export interface TokenVote {
  /** What most other mentions were labelled (1 + type index). */
  others: number;
  /** What this mention was labelled in the first pass (1 + type index, 5 left out). */
  own: number;
  /** 1 when every other mention agrees, 0 when they were split. */
  unanimous: number;
  /** 1 when at least two other mentions make the majority, 0 for one. */
  several: number;
}

export const packVote = ({ others, own, unanimous, several }: TokenVote): number =>
  others | (own << 3) | (unanimous << 6) | (several << 7);

export const unpackVote = (packed: number): TokenVote => ({
  others: packed & 7,
  own: (packed >> 3) & 7,
  unanimous: (packed >> 6) & 1,
  several: (packed >> 7) & 1,
});

const key = (view: SentenceView, first: number, end: number): string =>
  view.folded.slice(first, end).join(' ');

/** The most frequent type of `tally` without one count of `own`; 0 when nothing is left. */
const majority = (tally: readonly number[], own: number): Omit<TokenVote, 'own'> => {
  let others = 0;
  let best = 0;
  let kinds = 0;
  for (let value = 1; value < outside; value += 1) {
    const count = (tally[value] ?? 0) - (value === own ? 1 : 0);
    if (count > 0) kinds += 1;
    if (count > best) {
      best = count;
      others = value;
    }
  }
  return { others, unanimous: kinds === 1 ? 1 : 0, several: best >= 2 ? 1 : 0 };
};

/**
 * For each sentence, each token's packed vote (0 where the token has none), or `undefined` when
 * no name of the sentence disagrees with the rest of the article (no second pass needed). A
 * name votes as a whole ("First Chicago" is not "Chicago"); a capitalised word the first pass
 * left out hears the names spelled like it.
 */
export const documentVotes = (
  views: readonly SentenceView[],
  labels: readonly ArrayLike<number>[],
): (Uint8Array | undefined)[] => {
  const spans = labels.map(labelsToSpans);
  const tallies = new Map<string, number[]>();
  views.forEach((view, s) => {
    for (const { first, end, type } of spans[s] ?? []) {
      const name = key(view, first, end);
      let tally = tallies.get(name);
      if (!tally) {
        tally = [0, 0, 0, 0, 0, 0];
        tallies.set(name, tally);
      }
      tally[type + 1] = (tally[type + 1] ?? 0) + 1;
    }
  });
  return views.map((view, s) => {
    let votes: Uint8Array | undefined;
    const vote = (first: number, end: number, own: number): void => {
      const tally = tallies.get(key(view, first, end));
      if (!tally) return;
      const others = majority(tally, own);
      if (others.others === 0 || others.others === own) return;
      votes ??= new Uint8Array(view.tokens.length);
      for (let i = first; i < end; i += 1) votes[i] = packVote({ ...others, own });
    };
    for (const { first, end, type } of spans[s] ?? []) vote(first, end, type + 1);
    const sentence = labels[s];
    for (let i = 0; i < view.tokens.length; i += 1) {
      if ((sentence?.[i] ?? 0) === 0 && caseClass(view.tokens[i] ?? '') >= 2)
        vote(i, i + 1, outside);
    }
    return votes;
  });
};
