import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { call } from '../api';
import { importFile, toImport, type FileToImport } from './fileData';
import { createImportQueue, type ImportBatch, type ImportQueue } from './importQueue';
import { useFileDrop } from './useFileDrop';

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

export const useImporter = (library: ImportTarget, onOpen: (id: string) => void): Importer => {
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  // The queue outlives renders; it reaches the current library and opener through this ref.
  const latest = useRef({ library, onOpen });
  useEffect(() => {
    latest.current = { library, onOpen };
  });

  // Made on first use rather than in an effect: files chosen before the effects have run (a
  // test or a quick user right after the window opens) must not be dropped.
  const queue = useRef<ImportQueue<FileToImport> | null>(null);
  const enqueue = useCallback((files: readonly FileToImport[]) => {
    queue.current ??= createImportQueue<FileToImport>({
      importOne: importFile,
      onProgress: setBatch,
      onFinished: async (finished) => {
        const { library: current, onOpen: open } = latest.current;
        // The imports are committed; a list that fails to reload is shown stale, not lost.
        await current.refresh().catch(() => undefined);
        const only = finished.imported.length === 1 ? finished.imported[0] : undefined;
        if (only) open(only.id);
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

  return {
    batch,
    dragging,
    importFiles,
    importClippings,
    openDocument,
    importPasted,
    dismiss,
    cancel,
  };
};
