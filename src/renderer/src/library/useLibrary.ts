import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { call, errorMessage } from '../api';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentSummary[] }
  | { status: 'error'; message: string };

/** The counts a summary carries, as the open document's panels know them. */
export type DocumentCounts = Pick<DocumentSummary, 'highlightCount' | 'noteCount' | 'entityCount'>;

export interface Library {
  state: LibraryState;
  openId: string | null;
  open(id: string): void;
  /** Puts a changed summary (e.g. a new openedAt) in place of the old one. */
  update(summary: DocumentSummary): void;
  /** Brings the counts of one document up to date without asking the core. */
  setCounts(id: string, counts: Partial<DocumentCounts>): void;
  /** Renames a document; rejects with an ApiError (and changes nothing) when the core refuses. */
  rename(id: string, title: string): Promise<DocumentSummary>;
  /** Moves a document to the Trash and reloads the list; rejects with an ApiError on failure. */
  remove(id: string): Promise<void>;
  /** Fetches the list again (after an import or a restore); rejects with an ApiError. */
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

const mapDocuments =
  (change: (doc: DocumentSummary) => DocumentSummary) =>
  (previous: LibraryState): LibraryState =>
    previous.status === 'ready'
      ? { status: 'ready', documents: previous.documents.map(change) }
      : previous;

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
    setState(mapDocuments((doc) => (doc.id === summary.id ? summary : doc)));
  }, []);

  const setCounts = useCallback((id: string, counts: Partial<DocumentCounts>) => {
    setState((previous) => {
      const found = previous.status === 'ready' && previous.documents.find((d) => d.id === id);
      const same =
        found &&
        Object.entries(counts).every(
          ([key, value]) => found[key as keyof DocumentCounts] === value,
        );
      // Unchanged counts keep the same state, so watchers do not re-render for nothing.
      if (!found || same) return previous;
      return mapDocuments((doc) => (doc.id === id ? { ...doc, ...counts } : doc))(previous);
    });
  }, []);

  const rename = useCallback(
    async (id: string, title: string) => {
      const summary = await call('documents.rename', { id, title });
      update(summary);
      return summary;
    },
    [update],
  );

  const refresh = useCallback(async () => {
    const documents = await call('library.list', {});
    setState({ status: 'ready', documents });
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

  return { state, openId, open: setOpenId, update, setCounts, rename, remove, refresh };
};
