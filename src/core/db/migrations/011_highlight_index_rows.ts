import type { Migration } from './types';

/**
 * Each highlight's row in the quote index (`highlights_fts`, migration 4), found by key.
 *
 * The index's rows carry the highlight's id in an UNINDEXED column, so the triggers that keep it
 * in step deleted a highlight's row by reading every row of the index: about a millisecond per
 * highlight at a few thousand, for every quote or tag edit, and quadratic for work that edits
 * many (a text update moving 2,000 highlights, a library of 50,000 being tagged). The index's
 * own rowids are stable (FTS5 keeps them in its tables), so a small table maps each highlight to
 * its row, and the triggers delete by rowid.
 */
export const highlightIndexRows011: Migration = {
  version: 11,
  name: 'highlight index rows',
  up(db) {
    db.exec(`
      CREATE TABLE highlights_fts_rows (
        highlight_id TEXT PRIMARY KEY NOT NULL,
        fts_rowid INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      INSERT OR REPLACE INTO highlights_fts_rows (highlight_id, fts_rowid)
        SELECT highlight_id, rowid FROM highlights_fts ORDER BY rowid;

      DROP TRIGGER highlights_fts_after_insert;
      DROP TRIGGER highlights_fts_after_delete;
      DROP TRIGGER highlights_fts_after_update;

      CREATE TRIGGER highlights_fts_after_insert AFTER INSERT ON highlights BEGIN
        INSERT INTO highlights_fts (highlight_id, exact, tags) VALUES (new.id, new.exact, new.tags);
        INSERT OR REPLACE INTO highlights_fts_rows (highlight_id, fts_rowid)
          VALUES (new.id, last_insert_rowid());
      END;

      CREATE TRIGGER highlights_fts_after_delete AFTER DELETE ON highlights BEGIN
        DELETE FROM highlights_fts WHERE rowid =
          (SELECT fts_rowid FROM highlights_fts_rows WHERE highlight_id = old.id);
        DELETE FROM highlights_fts_rows WHERE highlight_id = old.id;
      END;

      CREATE TRIGGER highlights_fts_after_update AFTER UPDATE OF id, exact, tags ON highlights BEGIN
        DELETE FROM highlights_fts WHERE rowid =
          (SELECT fts_rowid FROM highlights_fts_rows WHERE highlight_id = old.id);
        DELETE FROM highlights_fts_rows WHERE highlight_id = old.id;
        INSERT INTO highlights_fts (highlight_id, exact, tags) VALUES (new.id, new.exact, new.tags);
        INSERT OR REPLACE INTO highlights_fts_rows (highlight_id, fts_rowid)
          VALUES (new.id, last_insert_rowid());
      END;
    `);
  },
};
