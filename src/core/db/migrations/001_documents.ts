import type { Migration } from './types';

/**
 * Documents and settings, and full-text search over document titles and bodies.
 *
 * `documents_fts` is an external-content FTS5 table: the text is stored once, in `documents`.
 * Its rowid is `documents.seq`, a stable integer key, because the implicit rowid of a table
 * whose primary key is TEXT may be renumbered by VACUUM, which would silently break the index.
 */
export const documents001: Migration = {
  version: 1,
  name: 'documents',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        byline TEXT,
        site_name TEXT,
        published_at TEXT,
        added_at TEXT NOT NULL,
        opened_at TEXT,
        blocks TEXT NOT NULL CHECK (json_valid(blocks) AND json_type(blocks) = 'array'),
        body TEXT NOT NULL,
        char_count INTEGER NOT NULL CHECK (char_count >= 0)
      ) STRICT;

      CREATE INDEX documents_by_added ON documents (added_at DESC, title COLLATE NOCASE);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title,
        body,
        content = 'documents',
        content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;

      CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, body)
          VALUES ('delete', old.seq, old.title, old.body);
      END;

      CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF seq, title, body ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, body)
          VALUES ('delete', old.seq, old.title, old.body);
        INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
      END;
    `);
  },
};
