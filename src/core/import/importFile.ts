import type { DocumentSummary } from '../../shared/model';
import { fileBaseName, importFileKind } from '../../shared/importFiles';
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
    // workerFile.ts), plain text never needs it, and the parsers (jsdom alone takes about 1 s
    // to load) are paid for by the first import, not by every start of the app or the CLI.
    const parsed =
      kind === 'html' || kind === 'markdown'
        ? await (await import('./worker')).parseImportFileInWorker(fileName, bytes)
        : (await import('./file')).parseImportFile(fileName, bytes);
    return documents.importParsed(parsed, fileName);
  },
});
