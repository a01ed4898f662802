import type { SearchRepository } from './repository';

/**
 * Which document each documents_fts row, note and highlights_fts row belongs to, and what is
 * in the Trash.
 */
export interface OwnerIndex {
  /** documents.seq → the document's id. */
  document: Map<number, string>;
  noteDocument: Map<number, string>;
  highlight: Map<number, { highlightId: string; documentId: string }>;
  trashed: Set<string>;
}

/**
 * The owners of every document's text, note and highlight, read again only after the library changed. Mapping
 * thousands of matching rowids here takes a fraction of a millisecond, where joining them to
 * their documents in SQL took most of the search's time (bench/scenarios/search.ts).
 */
export const createOwnerIndex = (repository: SearchRepository): (() => OwnerIndex) => {
  let cached: { stamp: string; index: OwnerIndex } | null = null;
  return () => {
    const stamp = repository.changeStamp();
    if (cached?.stamp === stamp) return cached.index;
    const owners = repository.owners();
    const documentOf = new Map(owners.highlights);
    const highlight = new Map<number, { highlightId: string; documentId: string }>();
    for (const [rowid, highlightId] of owners.indexedHighlights) {
      const documentId = documentOf.get(highlightId);
      if (documentId !== undefined) highlight.set(rowid, { highlightId, documentId });
    }
    const index: OwnerIndex = {
      document: new Map(owners.documents),
      noteDocument: new Map(owners.notes),
      highlight,
      trashed: new Set(owners.trashed),
    };
    cached = { stamp, index };
    return index;
  };
};
