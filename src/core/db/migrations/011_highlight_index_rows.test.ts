import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { highlightIndexRows011 } from './011_highlight_index_rows';

const body = 'Memory is the residue of thought, and thought is the residue of reading.';

const insertHighlight = (db: Database.Database, id: string, exact: string, tags = '[]') =>
  db
    .prepare(
      `INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color,
         tags, status, created_at, updated_at)
       VALUES (?, 'doc', 0, ?, ?, '', '', 'yellow', ?, 'anchored', 'now', 'now')`,
    )
    .run(id, exact.length, exact, tags);

/** A library as the release before this migration wrote it: two highlights, one tagged. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter(
        (migration) => migration.version < highlightIndexRows011.version,
      ),
    },
  });
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc', 1, 'Memory', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  insertHighlight(db, 'h1', 'Memory', '["recall"]');
  insertHighlight(db, 'h2', 'residue of thought');
  db.close();
};

/** The highlights the quote index finds for a query, by id. */
const found = (db: Database.Database, query: string): string[] =>
  db
    .prepare<[string], string>(
      `SELECT highlight_id FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY highlight_id`,
    )
    .pluck()
    .all(query);

describe('migration 11: highlight index rows', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeTempDir();
  });
  afterEach(() => removeTempDir(dataDir));

  it('keeps the quote index in step through inserts, edits and deletes, old rows included', async () => {
    await makePreviousLibrary(dataDir);
    const db = await openDatabase(dataDir);
    try {
      expect(readUserVersion(db)).toBeGreaterThanOrEqual(highlightIndexRows011.version);
      expect(found(db, 'recall')).toEqual(['h1']);
      expect(found(db, 'residue')).toEqual(['h2']);

      // An old row is found by key: retagging it replaces its row, leaves no stale one.
      db.prepare(`UPDATE highlights SET tags = '["memory"]' WHERE id = 'h1'`).run();
      expect(found(db, 'recall')).toEqual([]);
      expect(found(db, 'memory')).toEqual(['h1']);

      insertHighlight(db, 'h3', 'residue of reading');
      expect(found(db, 'residue')).toEqual(['h2', 'h3']);
      db.prepare(`UPDATE highlights SET exact = 'thought is the residue' WHERE id = 'h3'`).run();
      expect(found(db, 'reading')).toEqual([]);
      expect(found(db, 'residue')).toEqual(['h2', 'h3']);

      db.prepare(`DELETE FROM highlights WHERE id IN ('h2', 'h3')`).run();
      expect(found(db, 'residue')).toEqual([]);
      const rows = (table: string) =>
        db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get();
      expect(rows('highlights_fts')).toBe(1);
      expect(rows('highlights_fts_rows')).toBe(1);
    } finally {
      db.close();
    }
  });
});
