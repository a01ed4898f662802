import type { DocumentSummary } from '../../shared/model';
import { fileBaseName } from '../../shared/importFiles';
import type { DocumentsService } from './documents';

/**
 * `documents.importFile`: reads a .txt, .md or .html file's bytes into a document whose source
 * is the file's name. Everything is parsed before anything is stored, so a refused file
 * (its message names it) leaves the library as it was. Every file is parsed in a bounded
 * worker thread (import/worker.ts), so other requests go on meanwhile and a file that would
 * take too long or too much memory is refused; `signal` stops it when the caller goes away.
 */
export const createFileImportService = (documents: DocumentsService) => ({
  importFile: async (
    name: string,
    bytes: Uint8Array,
    signal?: AbortSignal,
  ): Promise<DocumentSummary> => {
    const fileName = fileBaseName(name.trim());
    // Imported when needed only: it keeps the worker module out of the entry files (see
    // workerFile.ts), so every shell, the CLI too, can load it in a worker.
    const { parseImportFileInWorker } = await import('../import/worker');
    const parsed = await parseImportFileInWorker(fileName, bytes, signal ? { signal } : {});
    return documents.importParsed(parsed, fileName);
  },
});
