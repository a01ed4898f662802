import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import type { ExportReport, LibraryImportReport } from '../../shared/exchange';
import { GlossError } from '../../shared/result';
import type { Store } from '../db/store';

// SCAFFOLD (helper "export" replaces this file).
export const createExportService = (db: Database.Database, store: Store) => {
  void db;
  void store;
  return {
    write: (input: ParsedInput<'export.write'>): Promise<ExportReport> => {
      throw new GlossError('internal', `Not built yet: ${input.format}`);
    },
    importJson: (data: string): LibraryImportReport => {
      throw new GlossError('internal', `Not built yet: ${data.length}`);
    },
  };
};
