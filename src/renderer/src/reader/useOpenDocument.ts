import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, GlossDocument } from '../../../shared/model';
import { call, errorMessage } from '../api';
import { takeEarlyOrCall } from '../api/earlyCalls';

export type OpenDocument =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; doc: GlossDocument }
  | { status: 'error'; id: string; message: string };

type Loaded = { id: string; doc: GlossDocument } | { id: string; message: string };

/**
 * The open document, `reload()` to fetch it again (after its text was replaced) and
 * `retitle()` to show a new title without fetching anything.
 */
export type OpenDocumentState = OpenDocument & {
  reload(): Promise<void>;
  retitle(id: string, title: string): void;
};

/**
 * Loads the document with this id and records that it was opened. `onOpened` receives the
 * updated summary so the library can show the new "last opened" time.
 */
export const useOpenDocument = (
  id: string | null,
  onOpened: (summary: DocumentSummary) => void,
): OpenDocumentState => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Bumped by reload(); the document shown stays until its new version has arrived.
  const [version, setVersion] = useState(0);
  const reloaded = useRef<(() => void)[]>([]);
  const markedId = useRef<string | null>(null);

  useEffect(() => {
    if (id === null) return;
    let current = true;
    const settle = () => reloaded.current.splice(0).forEach((resolve) => resolve());
    // The first document's text was asked for as the page started (reader/firstDocument.ts).
    const loading = takeEarlyOrCall('documents.get', { id });
    loading.then(
      (doc) => {
        if (!current) return;
        setLoaded({ id, doc });
        settle();
        if (markedId.current === id && version > 0) return;
        markedId.current = id;
        // Bookkeeping only: if it fails the reader still works, so there is nothing to show.
        call('documents.markOpened', { id }).then(onOpened, () => undefined);
      },
      (error: unknown) => {
        if (!current) return;
        setLoaded({ id, message: errorMessage(error) });
        settle();
      },
    );
    return () => {
      current = false;
    };
  }, [id, onOpened, version]);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        reloaded.current.push(resolve);
        setVersion((count) => count + 1);
      }),
    [],
  );

  // Only the title changes: the blocks keep their identity, so the reader is not rebuilt.
  const retitle = useCallback((documentId: string, title: string) => {
    setLoaded((previous) =>
      previous && 'doc' in previous && previous.id === documentId
        ? { id: documentId, doc: { ...previous.doc, title } }
        : previous,
    );
  }, []);

  const actions = { reload, retitle };
  if (id === null) return { status: 'none', ...actions };
  if (loaded === null || loaded.id !== id) return { status: 'loading', id, ...actions };
  if ('doc' in loaded) return { status: 'ready', id, doc: loaded.doc, ...actions };
  return { status: 'error', id, message: loaded.message, ...actions };
};
