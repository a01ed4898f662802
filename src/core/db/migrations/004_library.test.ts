import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { documents001 } from './001_documents';
import { annotations002 } from './002_annotations';
import { entities003 } from './003_entities';

const body = 'Former U.S. President Donald Trump has reintroduced defense cost-sharing.';

/** A library as release 3 wrote it: one document with one highlight. */
const makeVersion3Library = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: { migrations: [documents001, annotations002, entities003] },
  });
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc', 1, 'Cost-sharing', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  db.exec(`INSERT INTO document_versions (document_id, version, blocks, body, created_at)
    SELECT id, 1, blocks, body, added_at FROM documents`);
  db.exec(`INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color,
      tags, status, created_at, updated_at)
    VALUES ('h1', 'doc', 22, 34, 'Donald Trump', '', '', 'yellow', '["politics"]', 'anchored',
      'now', 'now')`);
  db.close();
};

const matches = (db: Database.Database, query: string): string[] =>
  db
    .prepare<[string], string>(
      `SELECT highlight_id FROM highlights_fts WHERE highlights_fts MATCH ?`,
    )
    .pluck()
    .all(query);

describe('migration 4: library (Trash and highlight search)', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    await makeVersion3Library(dir);
    // Up to this migration, so later ones (5: pages) leave what it is tested for alone.
    db = await openDatabase(dir, {
      migrate: { migrations: migrations.filter((migration) => migration.version <= 4) },
    });
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('keeps existing documents out of the Trash', () => {
    expect(readUserVersion(db)).toBe(4);
    const row = db.prepare(`SELECT deleted_at FROM documents WHERE id = 'doc'`).get();
    expect(row).toEqual({ deleted_at: null });
  });

  it('indexes the quotes and tags of existing highlights', () => {
    expect(matches(db, 'trump')).toEqual(['h1']);
    expect(matches(db, 'tags:politics')).toEqual(['h1']);
  });

  it('keeps the highlight index in step with edits and deletes', () => {
    db.exec(`UPDATE highlights SET exact = 'President Donald', tags = '[]' WHERE id = 'h1'`);
    expect(matches(db, 'trump')).toEqual([]);
    expect(matches(db, 'president')).toEqual(['h1']);
    expect(matches(db, 'politics')).toEqual([]);
    db.exec(`DELETE FROM highlights WHERE id = 'h1'`);
    expect(matches(db, 'president')).toEqual([]);
  });
});
