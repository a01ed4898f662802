import type { Block } from '../../../shared/model';
import { blockIndexAt, blockStarts, canonicalText } from '../../../shared/text';
import { placementOf } from '../../annotations/ranges';
import type { Store } from '../../db/store';
import type { BookLayout } from './layout';

/**
 * Makes a book's grown text (its paragraphs, with new ones put among them) the document's next
 * version and moves every highlight by the paragraphs inserted before it. Paragraphs are only
 * ever added, never changed, so each highlight's new place is known exactly: no search, which
 * keeps re-importing a book of thousands of highlights quick. Runs inside the import's
 * transaction.
 */
export const growBook = (
  store: Store,
  documentId: string,
  oldBlocks: readonly Block[],
  layout: BookLayout,
  at: string,
): void => {
  const body = canonicalText(layout.blocks);
  const oldStarts = blockStarts(oldBlocks);
  const newStarts = blockStarts(layout.blocks);
  const version = store.versions.latestVersion(documentId) + 1;
  const next = { documentId, version, blocks: layout.blocks, body, createdAt: at };
  store.versions.insert({ ...next, pages: layout.pages });
  store.versions.makeCurrent(next);
  const shifted = (offset: number): number => {
    const block = blockIndexAt(oldStarts, offset);
    const target = layout.moved[block] ?? block;
    return offset - (oldStarts[block] ?? 0) + (newStarts[target] ?? 0);
  };
  for (const highlight of store.highlights.listByDocument(documentId)) {
    // An orphan has no place in the text to move from.
    if (highlight.status === 'orphaned') continue;
    const placed = placementOf(body, shifted(highlight.start), shifted(highlight.end - 1) + 1);
    const moved = { ...highlight, ...placed, updatedAt: at };
    // A highlight across paragraphs with a new one between them now holds it too.
    if (placed.quote.exact === highlight.quote.exact) store.highlights.move(moved);
    else store.highlights.update(moved);
  }
};
