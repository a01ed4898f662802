import type { Block, TocEntry } from '../../../shared/model';
import { blockIndexAt, blockStarts } from '../../../shared/text';

/** A calm adult reading pace; the estimate only needs to be the right order of magnitude. */
const wordsPerMinute = 230;

/** What JavaScript's `\s` matches, by UTF-16 code unit. */
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  (code > 127 &&
    (code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff));

/**
 * The words of the text: runs of non-space, as `\S+` would find them. Counted by a loop, not a
 * regular expression's match array, since a book of several megabytes would make one string per
 * word on the way to its first page.
 */
export const countWords = (blocks: readonly Block[]): number => {
  let words = 0;
  for (const { text } of blocks) {
    let inWord = false;
    for (let index = 0; index < text.length; index += 1) {
      const space = isSpace(text.charCodeAt(index));
      if (!space && !inWord) words += 1;
      inWord = !space;
    }
  }
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

/**
 * A book's table of contents as outline entries: each points at the block where its part
 * begins. Contents levels start at 1 and the outline's at 2 (level 1 is the title).
 */
export const contentsOf = (blocks: readonly Block[], toc: readonly TocEntry[]): OutlineEntry[] => {
  const starts = blockStarts(blocks);
  return toc.map((entry) => ({
    blockIndex: blockIndexAt(starts, entry.start),
    level: Math.min(6, entry.level + 1),
    text: entry.title,
  }));
};
