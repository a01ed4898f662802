import type { DocumentSummary } from '../../shared/model';
import { fileBaseName } from '../../shared/importFiles';
import type { ImportedDocument } from './imported';
import type { DocumentsService } from '../documents/service';
import { remember, takeRemembered } from './rememberedParse';

/**
 * `documents.importFile`: reads a .txt, .md, .html, .pdf or .epub file's bytes into a document
 * whose source is the file's name. Everything is parsed before anything is stored, so a refused
 * file (its message names it) leaves the library as it was. Every file is parsed in a bounded
 * worker thread (worker.ts), so other requests go on meanwhile and a file that would take too
 * long or too much memory is refused; `signal` stops it when the caller goes away.
 */
export const parseFileBytes = async (
  fileName: string,
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<ImportedDocument> => {
  const kept = takeRemembered(fileName, bytes);
  if (kept) return kept;
  // Imported when needed only: it keeps the worker module out of the entry files (see
  // workerFile.ts), so every shell, the CLI too, can load it in a worker.
  const { parseImportFileInWorker } = await import('./worker');
  return parseImportFileInWorker(fileName, bytes, signal ? { signal } : {});
};

/**
 * parseFileBytes, keeping the result for the next parse of the same file: the update question
 * (documents.findUpdateTarget) reads a file that documents.importFile or updateFromFile then
 * stores, and a large page or book is not parsed twice for it.
 */
export const parseAndRemember = async (
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportedDocument> => {
  const parsed = await parseFileBytes(fileName, bytes);
  remember(fileName, bytes, parsed);
  return parsed;
};

export const createFileImportService = (documents: DocumentsService) => ({
  importFile: async (
    name: string,
    bytes: Uint8Array,
    signal?: AbortSignal,
  ): Promise<DocumentSummary> => {
    const fileName = fileBaseName(name.trim());
    return documents.importParsed(await parseFileBytes(fileName, bytes, signal), fileName);
  },
});
