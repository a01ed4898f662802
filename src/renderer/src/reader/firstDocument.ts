import type { GlossDocument } from '../../../shared/model';
import { call } from '../api';

/*
 * The document a window opens at start, asked for as soon as the page runs, before React has
 * rendered anything: the reader's text is then on its way while the library and the panels
 * are still being drawn, instead of being asked for only after the library list had arrived
 * and been drawn (two round trips and a render in a row before the first paragraph).
 */

interface FirstDocument {
  id: string | null;
  doc: Promise<GlossDocument> | null;
}

let first: Promise<FirstDocument> | null = null;

/** Asks the core which document to open and starts loading it. Called once, from main.tsx. */
export const startFirstDocument = (): void => {
  first = call('library.lastOpened', {}).then(({ id }) => {
    const doc = id === null ? null : call('documents.get', { id });
    // Whoever takes it sees a failure; left untaken, it must not be reported as unhandled.
    doc?.catch(() => undefined);
    return { id, doc };
  });
  first.catch(() => undefined);
};

/** The id of the document to open first: null for an empty library or if the core failed. */
export const firstDocumentId = async (): Promise<string | null> => {
  if (first === null) return null;
  try {
    return (await first).id;
  } catch {
    return null;
  }
};

/**
 * The first document's text if `id` is that document and it was not taken yet; null otherwise
 * (the caller then asks the core). Taken once: a reload asks afresh.
 */
export const takeFirstDocument = async (id: string): Promise<GlossDocument | null> => {
  if (first === null) return null;
  const started = await first.catch(() => null);
  if (started === null || started.id !== id || started.doc === null) return null;
  const { doc } = started;
  started.doc = null;
  return doc;
};
