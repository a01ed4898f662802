import type { Block } from '../../../shared/model';

/** A calm adult reading pace; the estimate only needs to be the right order of magnitude. */
const wordsPerMinute = 230;

export const countWords = (blocks: readonly Block[]): number => {
  let words = 0;
  for (const block of blocks) words += block.text.match(/\S+/g)?.length ?? 0;
  return words;
};

export const readingMinutes = (words: number): number =>
  words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));

export interface OutlineEntry {
  /** Index of the heading in the document's blocks, used to find it in the reader. */
  blockIndex: number;
  level: number;
  text: string;
}

export const outlineOf = (blocks: readonly Block[]): OutlineEntry[] =>
  blocks.flatMap((block, blockIndex) =>
    block.kind === 'heading' ? [{ blockIndex, level: block.level ?? 2, text: block.text }] : [],
  );
