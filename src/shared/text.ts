import type { Block } from './model';

/** Blocks are joined with this separator to form a document's canonical text. */
export const blockSeparator = '\n\n';

/** The canonical text: every offset in Gloss is a UTF-16 index into this string. */
export const canonicalText = (blocks: readonly Block[]): string =>
  blocks.map((block) => block.text).join(blockSeparator);

/** Start offset of each block in the canonical text. */
export const blockStarts = (blocks: readonly Block[]): number[] => {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + blockSeparator.length;
  }
  return starts;
};

/** The block holding `offset`: the last one starting at or before it (binary search). */
export const blockIndexAt = (starts: readonly number[], offset: number): number => {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
};
