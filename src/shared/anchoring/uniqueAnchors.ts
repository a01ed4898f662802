import { idCounts, type TokenIds } from './tokenIds';

/** A token that occurs exactly once in each sequence, by its index in both. */
export interface Anchor {
  oldIndex: number;
  newIndex: number;
}

/**
 * The tokens found once in `a` and once in `b`, as the longest list in the same order in both
 * (patience diffing's anchors). A diff made between these anchors cannot align a repeated word
 * with a copy on the far side of a word that occurs only once: it keeps each passage's words
 * with their passage, where a plain shortest-edit diff may pick any of several equal answers.
 */
export const uniqueAnchors = ({ a, b, distinct }: TokenIds): Anchor[] => {
  const inA = idCounts(a, distinct);
  const inB = idCounts(b, distinct);
  const newIndexOf = new Int32Array(distinct).fill(-1);
  b.forEach((id, index) => {
    if (inB[id] === 1 && inA[id] === 1) newIndexOf[id] = index;
  });
  const candidates: Anchor[] = [];
  a.forEach((id, oldIndex) => {
    const newIndex = newIndexOf[id] ?? -1;
    if (newIndex >= 0) candidates.push({ oldIndex, newIndex });
  });
  // Longest increasing subsequence of newIndex (patience sorting), candidates in old order.
  const tails: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  candidates.forEach(({ newIndex }, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((candidates[tails[middle] ?? 0]?.newIndex ?? 0) < newIndex) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const anchors: Anchor[] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) {
    const anchor = candidates[index];
    if (anchor) anchors.push(anchor);
  }
  return anchors.reverse();
};
