import type { Migration } from './types';

/**
 * Versions of a document's text, highlights, notes, and full-text search over notes.
 *
 * Imported text never changes in place: every text a document has had is a row of
 * `document_versions`, and `documents.version` names the current one. `documents.blocks` and
 * `documents.body` keep a copy of the current version, so reads and `documents_fts` stay as
 * they were in migration 1.
 *
 * A highlight stores its W3C selectors (position: start/end; quote: exact/prefix/suffix) and how
 * its last anchoring went. A note belongs to a document and optionally to one of its highlights:
 * the composite key (highlight_id, document_id) makes a note of another document's highlight
 * impossible, and UNIQUE(highlight_id) allows one note per highlight but any number of document
 * notes (NULLs are distinct).
 *
 * `notes_fts` is external-content FTS5 like `documents_fts`, keyed by `notes.seq` rather than
 * the implicit rowid, which VACUUM may renumber for a table whose primary key is TEXT.
 */
export const annotations002: Migration = {
  version: 2,
  name: 'annotations',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

      CREATE TABLE document_versions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        blocks TEXT NOT NULL CHECK (json_valid(blocks) AND json_type(blocks) = 'array'),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (document_id, version)
      ) STRICT;

      INSERT INTO document_versions (document_id, version, blocks, body, created_at)
        SELECT id, 1, blocks, body, added_at FROM documents;

      CREATE TABLE highlights (
        id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        exact TEXT NOT NULL CHECK (length(exact) > 0),
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        color TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        status TEXT NOT NULL CHECK (status IN ('anchored', 'moved', 'orphaned')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (id, document_id)
      ) STRICT;

      CREATE INDEX highlights_by_position ON highlights (document_id, start);

      CREATE TABLE notes (
        id TEXT PRIMARY KEY NOT NULL,
        seq INTEGER NOT NULL UNIQUE,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        highlight_id TEXT UNIQUE,
        body TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (highlight_id, document_id) REFERENCES highlights (id, document_id)
          ON DELETE CASCADE
      ) STRICT;

      CREATE INDEX notes_by_document ON notes (document_id, created_at);

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        body,
        content = 'notes',
        content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER notes_fts_after_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, body) VALUES (new.seq, new.body);
      END;

      CREATE TRIGGER notes_fts_after_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
      END;

      CREATE TRIGGER notes_fts_after_update AFTER UPDATE OF seq, body ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
        INSERT INTO notes_fts (rowid, body) VALUES (new.seq, new.body);
      END;
    `);
  },
};
