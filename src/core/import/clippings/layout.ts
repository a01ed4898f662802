import type { ClippedBook, ClippedHighlight } from '../../../shared/clippings/model';
import type { Block, PageBreak } from '../../../shared/model';
import { pagesOfSpan } from '../../../shared/pages';
import { blockIndexAt, blockStarts } from '../../../shared/text';
import { sameWords } from './books';

/*
 * The text of a book's document: one paragraph per highlight, in reading order. Importing the
 * book again keeps every paragraph it has and puts each new highlight's paragraph after the
 * paragraph of the highlight the file lists before it, so reading order holds without a table
 * of where each highlight came from.
 */

/** A highlight already in the document, as far as placing new ones needs it. */
export interface PlacedHighlight {
  id: string;
  start: number;
  quote: string;
  orphaned: boolean;
}

export interface ExistingBook {
  blocks: readonly Block[];
  pages: readonly PageBreak[];
  highlights: readonly PlacedHighlight[];
}

export interface BookLayout {
  blocks: Block[];
  /** A page break at each paragraph, when every paragraph's page is known; else none. */
  pages: PageBreak[];
  /** The new highlights and the paragraph each one is. */
  added: { highlight: ClippedHighlight; block: number }[];
  /** Highlights already in the document, with the id of the one that holds them. */
  present: { highlight: ClippedHighlight; id: string }[];
  /** Where each paragraph of the document's current text is in the new one, by index. */
  moved: number[];
}

/** A paragraph's text: a quote on one line, its spaces as they read. */
export const paragraphText = (quote: string): string => quote.replace(/\s+/gu, ' ').trim();

/**
 * Finds the stored highlight holding a clipping's words: the same words (a lookup), else a
 * longer highlight containing them (extended since it was imported).
 */
const holderFinder = (highlights: readonly PlacedHighlight[]) => {
  const stored = highlights.map((highlight) => ({ highlight, words: sameWords(highlight.quote) }));
  const byWords = new Map<string, PlacedHighlight>();
  for (const { highlight, words } of stored) if (!byWords.has(words)) byWords.set(words, highlight);
  return (clipping: ClippedHighlight): PlacedHighlight | undefined => {
    const words = sameWords(clipping.quote);
    return byWords.get(words) ?? stored.find((entry) => entry.words.includes(words))?.highlight;
  };
};

const pageBreaks = (blocks: readonly Block[], labels: readonly (string | null)[]): PageBreak[] => {
  if (labels.length === 0 || labels.some((label) => label === null)) return [];
  const starts = blockStarts(blocks);
  return labels.map((label, index) => ({ start: starts[index] ?? 0, label: label ?? '' }));
};

export const layOutBook = (book: ClippedBook, existing: ExistingBook | null): BookLayout => {
  const oldBlocks = existing?.blocks ?? [];
  const starts = blockStarts(oldBlocks);
  const oldLabels = oldBlocks.map(
    (_, index) =>
      pagesOfSpan(existing?.pages, starts[index] ?? 0, (starts[index] ?? 0) + 1)?.first ?? null,
  );
  // New highlights waiting after each old paragraph; -1 is before the first.
  const after = new Map<number, ClippedHighlight[]>();
  const present: BookLayout['present'] = [];
  let anchor = -1;
  const holderOf = existing ? holderFinder(existing.highlights) : () => undefined;
  for (const highlight of book.highlights) {
    const holder = holderOf(highlight);
    if (holder) {
      present.push({ highlight, id: holder.id });
      if (!holder.orphaned) anchor = blockIndexAt(starts, holder.start);
      continue;
    }
    after.set(anchor, [...(after.get(anchor) ?? []), highlight]);
  }
  const blocks: Block[] = [];
  const labels: (string | null)[] = [];
  const added: BookLayout['added'] = [];
  const moved: number[] = [];
  const addNew = (index: number) => {
    for (const highlight of after.get(index) ?? []) {
      added.push({ highlight, block: blocks.length });
      blocks.push({ kind: 'paragraph', text: paragraphText(highlight.quote) });
      labels.push(highlight.page);
    }
  };
  addNew(-1);
  oldBlocks.forEach((block, index) => {
    moved.push(blocks.length);
    blocks.push(block);
    labels.push(oldLabels[index] ?? null);
    addNew(index);
  });
  // A book of notes only, met for the first time: its title is the text the notes belong to.
  if (blocks.length === 0) {
    blocks.push({ kind: 'paragraph', text: paragraphText(book.title) || 'Untitled book' });
    labels.push(null);
  }
  return { blocks, pages: pageBreaks(blocks, labels), added, present, moved };
};
