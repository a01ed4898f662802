import type { ClippingsReport } from '../../../shared/clippings/model';
import type { DocumentSummary } from '../../../shared/model';
import { errorMessage } from '../api';

/** What importing one file gives: a document, or a highlights export's books. */
export type ImportOutcome = DocumentSummary | ClippingsReport;

const isClippings = (outcome: ImportOutcome): outcome is ClippingsReport => 'books' in outcome;

export interface ImportFailure {
  name: string;
  message: string;
}

/** Where a batch of file imports stands: `current` is null once it has finished. */
export interface ImportBatch {
  total: number;
  done: number;
  current: string | null;
  imported: DocumentSummary[];
  /** Highlights exports imported (Kindle clippings, KOReader, Readwise). */
  clippings: ClippingsReport[];
  failed: ImportFailure[];
  /** Files left out because the batch was cancelled. */
  cancelled: number;
}

interface ImportQueueOptions<F extends { name: string }> {
  importOne(file: F): Promise<ImportOutcome>;
  onProgress(batch: ImportBatch): void;
  onFinished(batch: ImportBatch): void | Promise<void>;
}

/**
 * Imports files one at a time, so a large batch neither floods the core nor holds every file
 * in memory at once. Files added while a batch runs join it; a failure is recorded with its
 * message and the next file goes on. Cancel drops the files not yet started.
 */
export const createImportQueue = <F extends { name: string }>({
  importOne,
  onProgress,
  onFinished,
}: ImportQueueOptions<F>) => {
  const waiting: F[] = [];
  // The running batch, updated in place; observers get copies.
  let batch: ImportBatch | null = null;

  const publish = (current: ImportBatch) =>
    onProgress({
      ...current,
      imported: [...current.imported],
      clippings: [...current.clippings],
      failed: [...current.failed],
    });

  const run = async (current: ImportBatch) => {
    for (let file = waiting.shift(); file; file = waiting.shift()) {
      current.current = file.name;
      publish(current);
      try {
        const outcome = await importOne(file);
        if (isClippings(outcome)) current.clippings.push(outcome);
        else current.imported.push(outcome);
      } catch (error) {
        current.failed.push({ name: file.name, message: errorMessage(error) });
      }
      current.done += 1;
    }
    batch = null;
    current.current = null;
    await onFinished(current);
  };

  return {
    add(files: readonly F[]): void {
      if (files.length === 0) return;
      waiting.push(...files);
      if (batch) {
        batch.total += files.length;
        publish(batch);
        return;
      }
      batch = {
        total: files.length,
        done: 0,
        current: null,
        imported: [],
        clippings: [],
        failed: [],
        cancelled: 0,
      };
      void run(batch);
    },

    /**
     * Drops the files still waiting. The file being imported finishes: each import is one
     * transaction, so a document is in the library whole or not at all.
     */
    cancel(): void {
      if (!batch || waiting.length === 0) return;
      batch.cancelled += waiting.length;
      waiting.length = 0;
      publish(batch);
    },
  };
};

export type ImportQueue<F extends { name: string }> = ReturnType<typeof createImportQueue<F>>;
