import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import type { FileUpdate } from '../../../shared/textUpdates';
import { call } from '../api';
import { importFile, toImport, type FileToImport } from './fileData';
import { createImportQueue, type ImportBatch, type ImportQueue } from './importQueue';
import { useFileDrop } from './useFileDrop';
import { createUpdateDecider, type UpdateAnswer, type UpdateQuestion } from './updateQuestion';

/** The update question on screen, and how to answer it. */
export interface PendingQuestion {
  question: UpdateQuestion;
  answer(answer: UpdateAnswer): void;
}

export interface Importer {
  /** The running batch, or the finished one until dismissed; null when there is nothing to say. */
  batch: ImportBatch | null;
  /** Files are being dragged over the window. */
  dragging: boolean;
  importFiles(files: readonly File[]): void;
  /** Imports files chosen as highlights exports (Kindle clippings, KOReader, Readwise). */
  importClippings(files: readonly File[]): void;
  /** Opens a document the summary names (a book a clippings file added to). */
  openDocument(id: string): void;
  /** Imports pasted text and opens it; rejects with an ApiError, nothing stored then. */
  importPasted(text: string, title: string): Promise<DocumentSummary>;
  dismiss(): void;
  /** Stops the running batch after the file being imported. */
  cancel(): void;
  /** A file matches a document of the library: update it or add a new one? */
  question: PendingQuestion | null;
  /** What the last batch's updates did to each document's highlights, until closed. */
  updates: FileUpdate[];
  /** Puts back the version an update replaced (documents.undoReplaceText). */
  undoUpdate(documentId: string): Promise<void>;
  closeUpdates(): void;
}

/**
 * Importing from the Import menu and from files dropped on the window: one file at a time,
 * with progress, then the library reloads and a single imported document opens. A batch's
 * summary stays until dismissed when it has several files or any failure.
 */
/** What the importer needs of the library: a reload once files are in. */
export interface ImportTarget {
  refresh(): Promise<unknown>;
}

export const useImporter = (
  library: ImportTarget,
  onOpen: (id: string) => void,
  /** A document's text was replaced by an update (or its undo): the reader shows it again. */
  onTextChanged: (id: string) => void,
): Importer => {
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const [updates, setUpdates] = useState<FileUpdate[]>([]);
  // The queue outlives renders; it reaches the current library and opener through this ref.
  const latest = useRef({ library, onOpen, onTextChanged });
  useEffect(() => {
    latest.current = { library, onOpen, onTextChanged };
  });
  const decider = useRef(
    createUpdateDecider(
      (asked) =>
        new Promise<UpdateAnswer>((resolve) => {
          setQuestion({
            question: asked,
            answer: (answer) => {
              setQuestion(null);
              resolve(answer);
            },
          });
        }),
    ),
  );

  // Made on first use rather than in an effect: files chosen before the effects have run (a
  // test or a quick user right after the window opens) must not be dropped.
  const queue = useRef<ImportQueue<FileToImport> | null>(null);
  const enqueue = useCallback((files: readonly FileToImport[]) => {
    queue.current ??= createImportQueue<FileToImport>({
      importOne: (file, { remaining }) =>
        importFile(file, { remaining, decide: decider.current.decide }),
      onProgress: setBatch,
      onFinished: async (finished) => {
        decider.current.reset();
        const { library: current, onOpen: open, onTextChanged: changed } = latest.current;
        // The imports are committed; a list that fails to reload is shown stale, not lost.
        await current.refresh().catch(() => undefined);
        for (const { document } of finished.updated) changed(document.id);
        const opened = [...finished.imported, ...finished.updated.map((update) => update.document)];
        const only = opened.length === 1 ? opened[0] : undefined;
        if (only) open(only.id);
        // An update is reported as Replace text reports one: what each highlight did.
        if (finished.updated.length > 0) setUpdates(finished.updated);
        // A highlights export always says what it added: books, highlights, notes, skipped.
        const worthTelling =
          finished.total > 1 || finished.failed.length > 0 || finished.clippings.length > 0;
        setBatch(worthTelling ? { ...finished } : null);
      },
    });
    queue.current.add(files);
  }, []);
  const importFiles = useCallback((files: readonly File[]) => enqueue(toImport(files)), [enqueue]);
  const importClippings = useCallback(
    (files: readonly File[]) => enqueue(toImport(files, true)),
    [enqueue],
  );
  const openDocument = useCallback((id: string) => latest.current.onOpen(id), []);
  const dragging = useFileDrop(importFiles);

  const importPasted = useCallback(async (text: string, title: string) => {
    const doc = await call('documents.importText', { text, title: title.trim() || undefined });
    const { library: current, onOpen: open } = latest.current;
    await current.refresh().catch(() => undefined);
    open(doc.id);
    return doc;
  }, []);

  const dismiss = useCallback(() => setBatch(null), []);
  const cancel = useCallback(() => queue.current?.cancel(), []);
  const undoUpdate = useCallback(async (documentId: string) => {
    await call('documents.undoReplaceText', { id: documentId });
    const { library: current, onTextChanged: changed } = latest.current;
    await current.refresh().catch(() => undefined);
    changed(documentId);
    setUpdates((shown) => shown.filter(({ document }) => document.id !== documentId));
  }, []);
  const closeUpdates = useCallback(() => setUpdates([]), []);

  return {
    batch,
    dragging,
    importFiles,
    importClippings,
    openDocument,
    importPasted,
    dismiss,
    cancel,
    question,
    updates,
    undoUpdate,
    closeUpdates,
  };
};
