import type { Migration } from './types';

/**
 * The Trash and search over highlights.
 *
 * A deleted document keeps its row, marked with `deleted_at`, until the Trash is emptied: every
 * read of the library filters on it, and restore is one UPDATE. `highlights_fts` indexes each
 * highlight's quoted text and tags. Highlights have no stable integer key to serve as an
 * external-content rowid, so this table keeps its own copy of the (short) quotes, kept in step
 * by triggers.
 */
export const library004: Migration = {
  version: 4,
  name: 'library',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN deleted_at TEXT;

      CREATE INDEX documents_by_deleted ON documents (deleted_at);

      CREATE VIRTUAL TABLE highlights_fts USING fts5(
        highlight_id UNINDEXED,
        exact,
        tags,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      INSERT INTO highlights_fts (highlight_id, exact, tags)
        SELECT id, exact, tags FROM highlights;

      CREATE TRIGGER highlights_fts_after_insert AFTER INSERT ON highlights BEGIN
        INSERT INTO highlights_fts (highlight_id, exact, tags) VALUES (new.id, new.exact, new.tags);
      END;

      CREATE TRIGGER highlights_fts_after_delete AFTER DELETE ON highlights BEGIN
        DELETE FROM highlights_fts WHERE highlight_id = old.id;
      END;

      CREATE TRIGGER highlights_fts_after_update AFTER UPDATE OF id, exact, tags ON highlights BEGIN
        DELETE FROM highlights_fts WHERE highlight_id = old.id;
        INSERT INTO highlights_fts (highlight_id, exact, tags) VALUES (new.id, new.exact, new.tags);
      END;
    `);
  },
};
