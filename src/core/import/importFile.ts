import type { DocumentSummary } from '../../shared/model';
import { fileBaseName, importFileKind } from '../../shared/importFiles';
import type { ImportedDocument } from './imported';
import type { DocumentsService } from '../documents/service';

/**
 * `documents.importFile`: reads a .txt, .md, .html, .pdf or .epub file's bytes into a document whose source
 * is the file's name. Everything is parsed before anything is stored, so a refused file
 * (its message names it) leaves the library as it was. Large HTML and Markdown files, PDFs and
 * EPUBs are parsed in a worker thread, so other requests go on meanwhile.
 */
const parse = async (fileName: string, bytes: Uint8Array): Promise<ImportedDocument> => {
  const kind = importFileKind(fileName);
  // Imported when needed only: it keeps the worker module out of the entry files (see
  // workerFile.ts), plain text never needs it, and the parsers are paid for by the first
  // import, not by every start of the app or the CLI.
  return kind !== 'text' && kind !== null
    ? (await import('./worker')).parseImportFileInWorker(fileName, bytes)
    : (await import('./file')).parseImportFile(fileName, bytes);
};

export const createFileImportService = (documents: DocumentsService) => ({
  importFile: async (name: string, bytes: Uint8Array): Promise<DocumentSummary> => {
    const fileName = fileBaseName(name.trim());
    return documents.importParsed(await parse(fileName, bytes), fileName);
  },
  /** `documents.reimportFile`: the file read again becomes the document's next version. */
  reimportFile: async (id: string, name: string, bytes: Uint8Array) => {
    // Checked first, so a missing document is said before a long parse.
    documents.get(id);
    return documents.replaceWithParsed(id, await parse(fileBaseName(name.trim()), bytes));
  },
});
