import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { contentlessDocumentIndex013 } from './013_contentless_document_index';

const insertDocument = (
  db: Database.Database,
  id: string,
  seq: number,
  title: string,
  body: string,
) =>
  db
    .prepare(
      `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
       VALUES (?, ?, ?, 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
    )
    .run(id, seq, title, JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);

/** A library as the release before this migration wrote it: two documents, one in the Trash. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter(
        (migration) => migration.version < contentlessDocumentIndex013.version,
      ),
    },
  });
  insertDocument(db, 'memory', 1, 'Memory', 'Memory is the residue of thought, café and all.');
  insertDocument(db, 'rivers', 2, 'Rivers', 'A river is never the same river twice.');
  db.prepare(`UPDATE documents SET deleted_at = 'now' WHERE id = 'rivers'`).run();
  db.close();
};

/** The documents the index finds for a query, by id. */
const found = (db: Database.Database, query: string): string[] =>
  db
    .prepare<[string], string>(
      `SELECT d.id FROM documents_fts f JOIN documents d ON d.seq = f.rowid
       WHERE documents_fts MATCH ? ORDER BY d.id`,
    )
    .pluck()
    .all(query);

describe('migration 13: contentless document index', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = makeTempDir();
  });
  afterEach(() => removeTempDir(dataDir));

  it('indexes every document again, and keeps the index in step through edits and deletes', async () => {
    await makePreviousLibrary(dataDir);
    const db = await openDatabase(dataDir);
    try {
      expect(readUserVersion(db)).toBeGreaterThanOrEqual(contentlessDocumentIndex013.version);
      expect(found(db, 'residue')).toEqual(['memory']);
      expect(found(db, 'cafe')).toEqual(['memory']);
      expect(found(db, 'title:rivers')).toEqual(['rivers']);

      db.prepare(
        `UPDATE documents SET body = 'Reading is the residue of attention.'
                  WHERE id = 'memory'`,
      ).run();
      expect(found(db, 'thought')).toEqual([]);
      expect(found(db, 'attention')).toEqual(['memory']);

      db.prepare(`UPDATE documents SET title = 'Recall' WHERE id = 'memory'`).run();
      expect(found(db, 'title:recall')).toEqual(['memory']);
      expect(found(db, 'title:memory')).toEqual([]);

      db.prepare(`DELETE FROM documents WHERE id = 'rivers'`).run();
      expect(found(db, 'river')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // FTS5's own check of the index against itself (a contentless index has no text to compare).
      db.prepare(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`).run();
    } finally {
      db.close();
    }
  });
});
