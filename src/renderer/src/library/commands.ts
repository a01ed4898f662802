import type { DocumentSummary } from '../../../shared/model';
import type { Call } from '../annotations/commands';

/** The library list as the pane shows it: the documents once the core has answered. */
export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentSummary[] }
  | { status: 'error'; message: string };

/** The counts a summary carries, as the open document's panels know them. */
export type DocumentCounts = Pick<DocumentSummary, 'highlightCount' | 'noteCount' | 'entityCount'>;

/** The most recently opened document, or the first one when none has been opened yet. */
export const pickInitial = (documents: readonly DocumentSummary[]): string | null => {
  let best: DocumentSummary | null = null;
  for (const doc of documents) {
    if (doc.openedAt !== null && (best === null || doc.openedAt > (best.openedAt ?? ''))) {
      best = doc;
    }
  }
  return (best ?? documents[0])?.id ?? null;
};

export const mapDocuments =
  (change: (doc: DocumentSummary) => DocumentSummary) =>
  (previous: LibraryState): LibraryState =>
    previous.status === 'ready'
      ? { status: 'ready', documents: previous.documents.map(change) }
      : previous;

/** Puts a changed summary in place of the old one. */
export const withSummary = (state: LibraryState, summary: DocumentSummary): LibraryState =>
  mapDocuments((doc) => (doc.id === summary.id ? summary : doc))(state);

/**
 * The list as read, with the summaries that came back while it was being read put in place of
 * their rows when they were opened later than the list says (the list may have been read first).
 */
export const withEarlyOpens = (
  documents: DocumentSummary[],
  early: ReadonlyMap<string, DocumentSummary>,
): DocumentSummary[] => {
  if (early.size === 0) return documents;
  return documents.map((doc) => {
    const later = early.get(doc.id);
    return later && (later.openedAt ?? '') > (doc.openedAt ?? '') ? later : doc;
  });
};

/**
 * The counts of one document brought up to date; unchanged counts give back the same state, so
 * watchers do not re-render for nothing.
 */
export const withCounts = (
  state: LibraryState,
  id: string,
  counts: Partial<DocumentCounts>,
): LibraryState => {
  const found = state.status === 'ready' && state.documents.find((doc) => doc.id === id);
  const same =
    found &&
    Object.entries(counts).every(([key, value]) => found[key as keyof DocumentCounts] === value);
  if (!found || same) return state;
  return mapDocuments((doc) => (doc.id === id ? { ...doc, ...counts } : doc))(state);
};

/** Renames a document; rejects (and the state stays) when the core refuses the title. */
export const renameDocument = async (
  call: Call,
  state: LibraryState,
  { id, title }: { id: string; title: string },
): Promise<{ state: LibraryState; value: DocumentSummary }> => {
  const summary = await call('documents.rename', { id, title });
  return { state: withSummary(state, summary), value: summary };
};

/**
 * Moves a document to the Trash, then reads the list again. Once the delete is committed a
 * failed reload still drops the row locally: that much is true whatever the list says.
 */
export const removeDocument = async (
  call: Call,
  state: LibraryState,
  { id }: { id: string },
): Promise<{ state: LibraryState }> => {
  await call('documents.delete', { id });
  try {
    return { state: { status: 'ready', documents: await call('library.list', {}) } };
  } catch {
    if (state.status !== 'ready') return { state };
    return {
      state: { status: 'ready', documents: state.documents.filter((doc) => doc.id !== id) },
    };
  }
};
