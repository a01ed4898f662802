import type { DocumentSummary, TrashedDocument } from '../../shared/model';
import { GlossError } from '../../shared/result';
import type { Store } from '../db/store';

/** Why `id` is not in the Trash: still in the library, or not there at all. */
const notInTrash = (store: Store, id: string): GlossError => {
  const title = store.documents.findSummary(id)?.title;
  return new GlossError(
    'not_found',
    title === undefined
      ? `There is no document with id "${id}" in the Trash; it may have been removed for good.`
      : `“${title}” is not in the Trash; it is still in the library.`,
  );
};

/**
 * The Trash: documents.delete puts a document here, restore brings it back as it was (its
 * highlights, notes and entity links never left), empty removes it for good.
 */
export const createTrashService = (store: Store) => ({
  list: (): TrashedDocument[] => store.trash.list(),

  restore: (id: string): DocumentSummary =>
    store.write(() => {
      if (!store.trash.restore(id)) throw notInTrash(store, id);
      const summary = store.documents.findSummary(id);
      if (!summary) throw notInTrash(store, id);
      return summary;
    }),

  /**
   * Removes the given trashed documents, or the whole Trash. One id that is not in the Trash
   * refuses the lot, so a stale list cannot remove part of what was asked and fail on the rest.
   */
  empty: (ids?: readonly string[]): { removed: number } =>
    store.write(() => {
      if (ids === undefined) return { removed: store.trash.removeAll() };
      let removed = 0;
      for (const id of new Set(ids)) {
        if (!store.trash.removeOne(id)) throw notInTrash(store, id);
        removed += 1;
      }
      return { removed };
    }),
});

export type TrashService = ReturnType<typeof createTrashService>;
