import type { Migration } from './types';

/**
 * Which document owns each row of the note and highlight indexes, kept by triggers in the order
 * of change.
 *
 * A search counts its matching notes and highlights per document to rank them (issue 21: a
 * common tag matches 8,000 highlights). Joining each match to its document costs a lookup a
 * row, too slow at that count, so the search keeps the owners in memory (search/ownerIndex.ts).
 * Reading them all again after every write took 300 ms at 10,000 documents; this table lets it
 * read only the rows changed since: `change` grows with every write (AUTOINCREMENT never gives
 * a number twice), so `change > last seen` is what is new.
 *
 * - kind 1: `key` is notes.seq (the notes_fts rowid); kind 2: `key` is a highlights_fts rowid.
 * - `document_seq` is documents.seq of the owner (the documents_fts rowid), so the search maps
 *   to integers and looks up ids only for what it shows.
 * - A removed note or index row takes its owner row with it; a rowid used again (max + 1 after
 *   the last row was removed) replaces it with a new `change`.
 */
export const searchOwners014: Migration = {
  version: 14,
  name: 'search owners',
  up(db) {
    db.exec(`
      CREATE TABLE search_owners (
        change INTEGER PRIMARY KEY AUTOINCREMENT,
        kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
        key INTEGER NOT NULL,
        document_seq INTEGER NOT NULL,
        UNIQUE (kind, key)
      ) STRICT;

      INSERT INTO search_owners (kind, key, document_seq)
        SELECT 1, n.seq, d.seq FROM notes n JOIN documents d ON d.id = n.document_id
        ORDER BY n.seq;
      INSERT INTO search_owners (kind, key, document_seq)
        SELECT 2, r.fts_rowid, d.seq
        FROM highlights_fts_rows r
        JOIN highlights h ON h.id = r.highlight_id
        JOIN documents d ON d.id = h.document_id
        ORDER BY r.fts_rowid;

      CREATE TRIGGER search_owners_note_insert AFTER INSERT ON notes BEGIN
        INSERT OR REPLACE INTO search_owners (kind, key, document_seq)
          SELECT 1, new.seq, seq FROM documents WHERE id = new.document_id;
      END;

      CREATE TRIGGER search_owners_note_delete AFTER DELETE ON notes BEGIN
        DELETE FROM search_owners WHERE kind = 1 AND key = old.seq;
      END;

      -- highlights_fts_rows is written by the highlights' index triggers (migration 11): a new
      -- or edited highlight gets a new index row, a removed one loses it.
      CREATE TRIGGER search_owners_highlight_insert AFTER INSERT ON highlights_fts_rows BEGIN
        INSERT OR REPLACE INTO search_owners (kind, key, document_seq)
          SELECT 2, new.fts_rowid, d.seq
          FROM highlights h JOIN documents d ON d.id = h.document_id
          WHERE h.id = new.highlight_id;
      END;

      CREATE TRIGGER search_owners_highlight_delete AFTER DELETE ON highlights_fts_rows BEGIN
        DELETE FROM search_owners WHERE kind = 2 AND key = old.fts_rowid;
      END;
    `);
  },
};
