import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { searchOwners014 } from './014_search_owners';

const at = '2025-03-01T10:00:00.000Z';

const insertDocument = (db: Database.Database, id: string, seq: number) =>
  db
    .prepare(
      `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
       VALUES (?, ?, ?, 'Pasted text', ?, '[]', 'Some words here.', 16)`,
    )
    .run(id, seq, id, at);

const insertHighlight = (db: Database.Database, id: string, documentId: string) =>
  db
    .prepare(
      `INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color, status,
         created_at, updated_at)
       VALUES (?, ?, 0, 4, 'Some', '', ' words', 'yellow', 'anchored', ?, ?)`,
    )
    .run(id, documentId, at, at);

const insertNote = (db: Database.Database, id: string, seq: number, documentId: string) =>
  db
    .prepare(
      `INSERT INTO notes (id, seq, document_id, highlight_id, body, created_at, updated_at)
       VALUES (?, ?, ?, NULL, 'A note.', ?, ?)`,
    )
    .run(id, seq, documentId, at, at);

/** The owner rows, as [kind, key, document seq], in the order they changed. */
const owners = (db: Database.Database): number[][] =>
  db
    .prepare(`SELECT kind, key, document_seq FROM search_owners ORDER BY change`)
    .raw()
    .all() as number[][];

/** highlights_fts rowid of a highlight. */
const indexRow = (db: Database.Database, highlightId: string): number =>
  db
    .prepare<[string], number>(`SELECT fts_rowid FROM highlights_fts_rows WHERE highlight_id = ?`)
    .pluck()
    .get(highlightId) ?? -1;

describe('migration 14: search owners', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeTempDir();
  });
  afterEach(() => removeTempDir(dataDir));

  it('records the owners already there, then every note and highlight index row written', async () => {
    const before = await openDatabase(dataDir, {
      migrate: { migrations: migrations.filter((m) => m.version < searchOwners014.version) },
    });
    insertDocument(before, 'first', 1);
    insertDocument(before, 'second', 2);
    insertHighlight(before, 'h1', 'second');
    insertNote(before, 'n1', 1, 'first');
    before.close();

    const db = await openDatabase(dataDir);
    try {
      expect(readUserVersion(db)).toBeGreaterThanOrEqual(searchOwners014.version);
      const h1 = indexRow(db, 'h1');
      expect(owners(db)).toEqual([
        [1, 1, 1],
        [2, h1, 2],
      ]);

      // A tag edit gives the highlight a new index row: its owner row follows.
      db.prepare(`UPDATE highlights SET tags = '["port"]' WHERE id = 'h1'`).run();
      insertNote(db, 'n2', 2, 'second');
      db.prepare(`DELETE FROM notes WHERE id = 'n1'`).run();
      expect(owners(db)).toEqual([
        [2, indexRow(db, 'h1'), 2],
        [1, 2, 2],
      ]);

      // Emptying the Trash takes a document's notes and highlights, and their owner rows.
      db.prepare(`DELETE FROM documents WHERE id = 'second'`).run();
      expect(owners(db)).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });
});
