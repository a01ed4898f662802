import { useCallback, useEffect, useState } from 'react';
import type { TrashedDocument } from '../../../shared/model';
import { call, errorMessage } from '../api';

export interface Trash {
  /** Most recently deleted first; null until the first answer (or when it failed). */
  documents: TrashedDocument[] | null;
  /** Why the list could not be read, fit to show; null after a success. */
  error: string | null;
  /** Asks the core again; a failure leaves the last list in place. */
  refresh(): Promise<void>;
  /** Rejects with an ApiError when the core refuses; the list is refreshed either way. */
  restore(id: string): Promise<void>;
  /** Removes for good the given documents, or all of the Trash. */
  empty(ids?: string[]): Promise<void>;
}

/** What is in the Trash, for the library's Trash button and dialog. */
export const useTrash = (): Trash => {
  const [documents, setDocuments] = useState<TrashedDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (isCurrent: () => boolean = () => true) =>
      call('trash.list', {}).then(
        (list) => {
          if (!isCurrent()) return;
          setDocuments(list);
          setError(null);
        },
        (failure: unknown) => {
          // The button then shows no count; the dialog says what failed.
          if (isCurrent()) setError(errorMessage(failure));
        },
      ),
    [],
  );
  const refresh = useCallback(() => load(), [load]);

  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [load]);

  const afterwards = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        await work();
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  const restore = useCallback(
    (id: string) => afterwards(() => call('trash.restore', { id })),
    [afterwards],
  );
  const empty = useCallback(
    (ids?: string[]) => afterwards(() => call('trash.empty', ids ? { ids } : {})),
    [afterwards],
  );

  return { documents, error, refresh, restore, empty };
};
