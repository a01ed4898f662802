import { useEffect, useState } from 'react';
import type { DocumentSummary, GlossDocument } from '../../../shared/model';
import { call, errorMessage } from '../api';

export type OpenDocument =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; doc: GlossDocument }
  | { status: 'error'; id: string; message: string };

type Loaded = { id: string; doc: GlossDocument } | { id: string; message: string };

/**
 * Loads the document with this id and records that it was opened. `onOpened` receives the
 * updated summary so the library can show the new "last opened" time.
 */
export const useOpenDocument = (
  id: string | null,
  onOpened: (summary: DocumentSummary) => void,
): OpenDocument => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (id === null) return;
    let current = true;
    call('documents.get', { id }).then(
      (doc) => {
        if (!current) return;
        setLoaded({ id, doc });
        // Bookkeeping only: if it fails the reader still works, so there is nothing to show.
        call('documents.markOpened', { id }).then(onOpened, () => undefined);
      },
      (error: unknown) => {
        if (current) setLoaded({ id, message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [id, onOpened]);

  if (id === null) return { status: 'none' };
  if (loaded === null || loaded.id !== id) return { status: 'loading', id };
  if ('doc' in loaded) return { status: 'ready', id, doc: loaded.doc };
  return { status: 'error', id, message: loaded.message };
};
