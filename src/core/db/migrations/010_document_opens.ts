import type { Migration } from './types';

/**
 * When each document was last opened, in a small table of its own (issue 12: a 1.5 MB book).
 *
 * `documents.opened_at` sat in the row that also holds the document's blocks and text, and
 * SQLite writes a row whole: every open of a book rewrote megabytes of it and its journal, for
 * one timestamp (40–400 ms of the server's only thread per open). The column stays, unused and
 * left as it was: dropping it would rewrite every document once more, for no reader.
 */
export const documentOpens010: Migration = {
  version: 10,
  name: 'document opens',
  up(db) {
    db.exec(`
      CREATE TABLE document_opens (
        document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        opened_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      INSERT INTO document_opens (document_id, opened_at)
        SELECT id, opened_at FROM documents WHERE opened_at IS NOT NULL;
    `);
  },
};
