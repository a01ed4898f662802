import type { DocumentSummary } from '../../../shared/model';
import { sortDocuments, type SortKey } from './libraryView';

/** Whether a document's place in any sort would be the same (its title and dates are). */
const sameSortFields = (a: DocumentSummary | undefined, b: DocumentSummary): boolean =>
  a !== undefined && a.title === b.title && a.addedAt === b.addedAt && a.openedAt === b.openedAt;

/**
 * Sorted orders of the library, kept while no title or date changes. Sorting 10,000 titles
 * with a collator takes longer than a frame, and the library changes mostly in its counts (a
 * new highlight), which move nothing: those changes reuse the order, mapped to the new objects.
 */
export const createSortCache = () => {
  let orders = new Map<SortKey, string[]>();
  // The list last checked: a new sort of the same list needs no check (10,000 keys compared),
  // and the first list none at all (nothing on the library's first screen waits for one).
  let checked: readonly DocumentSummary[] | null = null;
  // That list in each order asked for, as handed out (the same array each time).
  let listed = new Map<SortKey, readonly DocumentSummary[]>();

  /** Drops the orders when a document came, went, or changed title or dates. */
  const check = (documents: readonly DocumentSummary[]): void => {
    if (documents === checked) return;
    const previous = checked;
    checked = documents;
    listed = new Map();
    if (previous === null || previous.length !== documents.length) {
      orders = new Map();
      return;
    }
    const before = new Map(previous.map((doc) => [doc.id, doc]));
    if (!documents.every((doc) => sameSortFields(before.get(doc.id), doc))) orders = new Map();
  };

  return {
    /** The documents in the order of `key`. */
    sorted: (documents: readonly DocumentSummary[], key: SortKey): readonly DocumentSummary[] => {
      check(documents);
      const done = listed.get(key);
      if (done) return done;
      const order = orders.get(key);
      let sorted: DocumentSummary[];
      if (order) {
        const byId = new Map(documents.map((doc) => [doc.id, doc]));
        sorted = order.flatMap((id) => {
          const doc = byId.get(id);
          return doc ? [doc] : [];
        });
      } else {
        sorted = sortDocuments(documents, key);
        orders.set(
          key,
          sorted.map((doc) => doc.id),
        );
      }
      listed.set(key, sorted);
      return sorted;
    },
  };
};

export type SortCache = ReturnType<typeof createSortCache>;
