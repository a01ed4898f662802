import type { Migration } from './types';

/**
 * The documents' full-text index no longer reads the text back to take a row out.
 *
 * `documents_fts` (migration 1) was an external-content index over `documents`: to remove or
 * replace a document's row, FTS5 had to be given the old text and tokenize it again, so a new
 * version of a 1 MB text tokenized 2 MB (the old text out, the new in), inside the update's
 * transaction. A contentless index with `contentless_delete` (SQLite 3.43) removes a row by its
 * rowid alone. Search asks the index only for rowids and bm25 scores, never for its text, so
 * nothing reads what a contentless index cannot give. The rowid stays `documents.seq`.
 *
 * The index is built again from `documents` (titles and bodies, the Trash included, as before).
 */
export const contentlessDocumentIndex013: Migration = {
  version: 13,
  name: 'contentless document index',
  up(db) {
    db.exec(`
      DROP TRIGGER documents_fts_after_insert;
      DROP TRIGGER documents_fts_after_delete;
      DROP TRIGGER documents_fts_after_update;
      DROP TABLE documents_fts;

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title,
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO documents_fts (rowid, title, body) SELECT seq, title, body FROM documents;

      CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;

      CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents BEGIN
        DELETE FROM documents_fts WHERE rowid = old.seq;
      END;

      CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF seq, title, body ON documents BEGIN
        DELETE FROM documents_fts WHERE rowid = old.seq;
        INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;
    `);
  },
};
