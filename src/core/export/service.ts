import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import type { ExportReport, LibraryImportReport } from '../../shared/exchange';
import { libraryCsv } from '../../shared/export/csv';
import { libraryWebAnnotation } from '../../shared/export/webAnnotation';
import type { Store } from '../db/store';
import { collectLibrary } from './collect';
import { createExchangeContext } from './context';
import { checkTarget, writeFileAtomic } from './files';
import { importLibraryJson } from './importLibrary';
import { writeMarkdownFolder } from './markdownFolder';

export interface ExportServiceOptions {
  now?: () => Date;
  /** Extracts a document's entities if that has not been done yet, so the export lists them. */
  extractEntities?: (documentId: string) => Promise<void>;
}

/** export.write and library.importJson. */
export const createExportService = (
  db: Database.Database,
  store: Store,
  { now = () => new Date(), extractEntities }: ExportServiceOptions = {},
) => {
  const context = createExchangeContext(db, store);

  return {
    /**
     * Checks everything it can before writing anything (the target, every document id), reads
     * the library on one snapshot, then writes.
     */
    write: async (input: ParsedInput<'export.write'>): Promise<ExportReport> => {
      const { format, documentIds } = input;
      const target = input.path;
      await checkTarget(target, format === 'markdown' ? 'folder' : 'file');
      if (extractEntities) {
        const ids = documentIds ?? store.documents.list().map((doc) => doc.id);
        // One at a time: long texts go to the worker thread, and requests go on meanwhile.
        for (const id of ids) if (store.documents.findSummary(id)) await extractEntities(id);
      }
      const exportedAt = input.exportedAt ?? now().toISOString();
      const library = collectLibrary(context, documentIds, exportedAt);
      const documentCount = library.documents.length;
      if (format === 'markdown') {
        const result = await writeMarkdownFolder(target, library, documentIds === undefined);
        return { format, path: target, ...result, documentCount };
      }
      const content = format === 'json' ? libraryWebAnnotation(library) : libraryCsv(library);
      await writeFileAtomic(target, content);
      return { format, path: target, written: [target], removed: [], documentCount };
    },

    importJson: (data: string): LibraryImportReport =>
      importLibraryJson(context, data, now().toISOString()),
  };
};

export type ExportService = ReturnType<typeof createExportService>;
