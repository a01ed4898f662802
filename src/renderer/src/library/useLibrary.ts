import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { call, errorMessage } from '../api';
import { takeEarlyOrCall } from '../api/earlyCalls';
import { firstDocumentId } from '../reader/firstDocument';
import {
  pickInitial,
  removeDocument,
  renameDocument,
  withCounts,
  withEarlyOpens,
  withSummary,
  type DocumentCounts,
  type LibraryState,
} from './commands';

export type { DocumentCounts, LibraryState };

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

export const useLibrary = (): Library => {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [openId, setOpenId] = useState<string | null>(null);
  // Summaries that came back before the list (the first document's markOpened, which no longer
  // waits for the list): the list may have been read before them.
  const early = useRef(new Map<string, DocumentSummary>());

  useEffect(() => {
    let current = true;
    // The document to open was asked for as the page started (reader/firstDocument.ts), so the
    // reader loads it without waiting for the whole library to arrive and be drawn. The list
    // decides only if that answer failed; a document the user opened meanwhile stays.
    const openFirst = (id: string | null) => {
      if (current && id !== null) setOpenId((previous) => previous ?? id);
    };
    void firstDocumentId().then(openFirst);
    // Asked for as the page started (startup.ts).
    takeEarlyOrCall('library.list', {}).then(
      (documents) => {
        if (!current) return;
        setState({ status: 'ready', documents: withEarlyOpens(documents, early.current) });
        early.current.clear();
        openFirst(pickInitial(documents));
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
    setState((previous) => {
      if (previous.status === 'loading') early.current.set(summary.id, summary);
      return withSummary(previous, summary);
    });
  }, []);

  const setCounts = useCallback((id: string, counts: Partial<DocumentCounts>) => {
    setState((previous) => withCounts(previous, id, counts));
  }, []);

  // The commands read the state they start from; the list as it is now is what they change.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const rename = useCallback(async (id: string, title: string) => {
    const renamed = await renameDocument(call, latest.current, { id, title });
    setState((previous) => withSummary(previous, renamed.value));
    return renamed.value;
  }, []);

  const refresh = useCallback(async () => {
    const documents = await call('library.list', {});
    setState({ status: 'ready', documents });
  }, []);

  const remove = useCallback(async (id: string) => {
    const removed = await removeDocument(call, latest.current, { id });
    setOpenId((previous) => (previous === id ? null : previous));
    setState(removed.state);
  }, []);

  return { state, openId, open: setOpenId, update, setCounts, rename, remove, refresh };
};
