import type { DocumentSummary } from '../../shared/model';
import { fileBaseName, importFileKind } from '../../shared/importFiles';
import { parseImportFile } from '../import/file';
import type { ImportedDocument } from '../import/imported';
import type { DocumentsService } from './documents';

/**
 * `documents.importFile`: reads a .txt, .md or .html file's bytes into a document whose source
 * is the file's name. Everything is parsed before anything is stored, so a refused file
 * (its message names it) leaves the library as it was. Large HTML and Markdown files are
 * parsed in a worker thread, so other requests go on meanwhile.
 */
export const createFileImportService = (documents: DocumentsService) => ({
  importFile: async (name: string, bytes: Uint8Array): Promise<DocumentSummary> => {
    const { fileName, parsed } = await readImportFile(name, bytes);
    return documents.importParsed(parsed, fileName);
  },
});

/**
 * The import pipeline up to storing: the file's name as its source, and its parsed document.
 * Refusals (empty, binary, too large, unsupported) are GlossErrors naming the file.
 */
export const readImportFile = async (
  name: string,
  bytes: Uint8Array,
): Promise<{ fileName: string; parsed: ImportedDocument }> => {
  const fileName = fileBaseName(name.trim());
  const kind = importFileKind(fileName);
  // Imported when needed only: it keeps the worker module out of the entry files (see
  // workerFile.ts), and plain text never needs it.
  const parsed =
    kind === 'html' || kind === 'markdown'
      ? await (await import('../import/worker')).parseImportFileInWorker(fileName, bytes)
      : parseImportFile(fileName, bytes);
  return { fileName, parsed };
};
