import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { call, errorMessage } from '../api';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentSummary[] }
  | { status: 'error'; message: string };

export interface Library {
  state: LibraryState;
  openId: string | null;
  open(id: string): void;
  /** Puts a changed summary (e.g. a new openedAt) in place of the old one. */
  update(summary: DocumentSummary): void;
  /** Deletes a document and reloads the list; rejects with an ApiError when deleting fails. */
  remove(id: string): Promise<void>;
  /** Reloads the list (after an import); rejects with an ApiError when it cannot. */
  refresh(): Promise<void>;
}

/** The most recently opened document, or the first one when none has been opened yet. */
const pickInitial = (documents: readonly DocumentSummary[]): string | null => {
  let best: DocumentSummary | null = null;
  for (const doc of documents) {
    if (doc.openedAt !== null && (best === null || doc.openedAt > (best.openedAt ?? ''))) {
      best = doc;
    }
  }
  return (best ?? documents[0])?.id ?? null;
};

export const useLibrary = (): Library => {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    call('library.list', {}).then(
      (documents) => {
        if (!current) return;
        setState({ status: 'ready', documents });
        setOpenId(pickInitial(documents));
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const update = useCallback((summary: DocumentSummary) => {
    setState((previous) =>
      previous.status === 'ready'
        ? {
            status: 'ready',
            documents: previous.documents.map((doc) => (doc.id === summary.id ? summary : doc)),
          }
        : previous,
    );
  }, []);

  const remove = useCallback(async (id: string) => {
    await call('documents.delete', { id });
    setOpenId((previous) => (previous === id ? null : previous));
    let documents: DocumentSummary[] | null = null;
    try {
      documents = await call('library.list', {});
    } catch {
      // The delete is committed; if the reload fails, dropping the row locally is still true.
    }
    setState((previous) => {
      if (documents !== null) return { status: 'ready', documents };
      if (previous.status !== 'ready') return previous;
      return { status: 'ready', documents: previous.documents.filter((doc) => doc.id !== id) };
    });
  }, []);

  const refresh = useCallback(async () => {
    const documents = await call('library.list', {});
    setState({ status: 'ready', documents });
  }, []);

  return { state, openId, open: setOpenId, update, remove, refresh };
};
