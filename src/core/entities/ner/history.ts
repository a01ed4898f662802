/**
 * The document history the features read for a word: the label last given to it in the article
 * and the share of each label given to it so far, packed in one number (a Uint16Array per
 * sentence keeps a first pass's history for the second).
 */

/** History values: 1 + entity type index, or `outside` for a capitalised word tagged O. */
export const outside = 5;

/**
 * A history value: the last label (1 + type, or outside) in the low three bits, then two bits
 * per value 1..5 for its share of the word's labels so far: 0 never, 1 a minority, 2 a
 * majority, 3 every time.
 */
export const packHistory = (last: number, tally: readonly number[]): number => {
  let total = 0;
  for (const count of tally) total += count;
  let packed = last;
  for (let value = 1; value <= outside; value += 1) {
    const count = tally[value] ?? 0;
    const share = count === 0 ? 0 : count === total ? 3 : count * 2 > total ? 2 : 1;
    packed |= share << (1 + 2 * value);
  }
  return packed;
};

/** The last label of a packed history value, and the share of each value (index 1..5). */
export const lastLabel = (packed: number): number => packed & 7;
export const historyShare = (packed: number, value: number): number =>
  (packed >> (1 + 2 * value)) & 3;
