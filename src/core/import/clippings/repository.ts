import type Database from 'better-sqlite3';
import { clippingsFormatNames } from '../../../shared/clippings/model';

/** The sources of documents made from highlight exports: "Kindle clippings", "Readwise export"... */
export const clippingsSources = [...new Set(Object.values(clippingsFormatNames))];

export interface ClippedBookDocument {
  id: string;
  title: string;
  byline: string | null;
}

/** The library's documents made from highlight exports (the Trash left out). */
export const createClippedBooksRepository = (db: Database.Database) => {
  const list = db.prepare<string[], ClippedBookDocument>(
    `SELECT id, title, byline FROM documents
     WHERE deleted_at IS NULL AND source IN (${clippingsSources.map(() => '?').join(', ')})
     ORDER BY added_at, id`,
  );
  return { list: (): ClippedBookDocument[] => list.all(...clippingsSources) };
};
