import type { DocumentSummary } from '../../shared/model';
import { fileBaseName } from '../../shared/importFiles';
import { parseImportFile } from '../import/file';
import type { DocumentsService } from './documents';

/**
 * `documents.importFile`: reads a .txt, .md or .html file's bytes into a document whose source
 * is the file's name. Everything is parsed before anything is stored, so a refused file
 * (its message names it) leaves the library as it was.
 */
export const createFileImportService = (documents: DocumentsService) => ({
  importFile: (name: string, bytes: Uint8Array): DocumentSummary => {
    const fileName = fileBaseName(name.trim());
    return documents.importParsed(parseImportFile(fileName, bytes), fileName);
  },
});
