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
