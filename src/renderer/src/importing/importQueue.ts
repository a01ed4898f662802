import type { ClippingsReport } from '../../../shared/clippings/model';
import type { DocumentSummary } from '../../../shared/model';
import type { FileUpdate } from '../../../shared/textUpdates';
import { errorMessage } from '../api';
import { ImportCancelled } from './updateQuestion';

/**
 * What importing one file gives: a document, a highlights export's books, or a new version of a
 * document already in the library.
 */
export type ImportOutcome = DocumentSummary | ClippingsReport | FileUpdate;

const isClippings = (outcome: ImportOutcome): outcome is ClippingsReport => 'books' in outcome;
const isUpdate = (outcome: ImportOutcome): outcome is FileUpdate => 'changes' in outcome;

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
  /** Documents of the library a file became the new version of, with what their highlights did. */
  updated: FileUpdate[];
  failed: ImportFailure[];
  /** Files left out because the batch was cancelled. */
  cancelled: number;
}

interface ImportQueueOptions<F extends { name: string }> {
  /** `remaining`: files of the batch still waiting after this one. */
  importOne(file: F, context: { remaining: number }): Promise<ImportOutcome>;
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
      updated: [...current.updated],
      failed: [...current.failed],
    });

  const run = async (current: ImportBatch) => {
    for (let file = waiting.shift(); file; file = waiting.shift()) {
      current.current = file.name;
      publish(current);
      try {
        const outcome = await importOne(file, { remaining: waiting.length });
        if (isClippings(outcome)) current.clippings.push(outcome);
        else if (isUpdate(outcome)) current.updated.push(outcome);
        else current.imported.push(outcome);
      } catch (error) {
        if (error instanceof ImportCancelled) {
          // Cancelled at the update question: this file and the waiting ones are left out.
          current.cancelled += 1 + waiting.length;
          waiting.length = 0;
          continue;
        }
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
        updated: [],
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
