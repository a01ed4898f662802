import type { DocumentSummary } from '../../shared/model';
import { fileBaseName, importFileKind } from '../../shared/importFiles';
import { parseImportFile } from './file';
import type { DocumentsService } from '../documents/service';

/**
 * `documents.importFile`: reads a .txt, .md or .html file's bytes into a document whose source
 * is the file's name. Everything is parsed before anything is stored, so a refused file
 * (its message names it) leaves the library as it was. Large HTML and Markdown files are
 * parsed in a worker thread, so other requests go on meanwhile.
 */
export const createFileImportService = (documents: DocumentsService) => ({
  importFile: async (name: string, bytes: Uint8Array): Promise<DocumentSummary> => {
    const fileName = fileBaseName(name.trim());
    const kind = importFileKind(fileName);
    // Imported when needed only: it keeps the worker module out of the entry files (see
    // workerFile.ts), and plain text never needs it.
    const parsed =
      kind === 'html' || kind === 'markdown'
        ? await (await import('./worker')).parseImportFileInWorker(fileName, bytes)
        : parseImportFile(fileName, bytes);
    return documents.importParsed(parsed, fileName);
  },
});
