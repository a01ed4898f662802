import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { documents001 } from './001_documents';

const insert = (db: Database.Database, id: string, seq: number, title: string, body: string) =>
  db
    .prepare(
      `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
       VALUES (?, ?, ?, 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
    )
    .run(id, seq, title, JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);

const search = (db: Database.Database, query: string): string[] =>
  db
    .prepare<[string], { id: string }>(
      `SELECT d.id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY d.id`,
    )
    .all(query)
    .map((row) => row.id);

describe('migration 1: documents', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    db = new Database(`${dir}/gloss.db`);
    expect(readUserVersion(db)).toBe(0);
    await migrate(db, { backupDir: `${dir}/backups`, migrations: [documents001] });
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('creates strict documents and settings tables at version 1', () => {
    expect(readUserVersion(db)).toBe(1);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
         AND name IN ('documents', 'settings') ORDER BY name`,
      )
      .all();
    expect(tables).toEqual([
      { name: 'documents', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('documents')`)
      .all()
      .map((column) => column.name);
    expect(columns).toEqual([
      'id',
      'seq',
      'title',
      'source',
      'byline',
      'site_name',
      'published_at',
      'added_at',
      'opened_at',
      'blocks',
      'body',
      'char_count',
    ]);
  });

  it('enforces types and valid block JSON', () => {
    expect(() =>
      db
        .prepare(
          `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
           VALUES ('x', 1, 't', 's', 'now', '[]', '', 'many')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/u);
    expect(() =>
      db
        .prepare(
          `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
           VALUES ('x', 1, 't', 's', 'now', 'not json', '', 0)`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed/u);
  });

  it('keeps the full-text index in step with inserts, updates and deletes', () => {
    insert(db, 'seoul', 1, 'Trump and Seoul', 'Defense cost-sharing talks with South Korea.');
    insert(db, 'tokyo', 2, 'Japan’s role', 'Tokyo hosts a forward-deployed carrier; café talk.');
    expect(search(db, 'korea')).toEqual(['seoul']);
    expect(search(db, 'cafe')).toEqual(['tokyo']);
    expect(search(db, 'title:japan*')).toEqual(['tokyo']);

    db.prepare(
      `UPDATE documents SET title = 'Tariffs', body = 'Trade only.' WHERE id = 'seoul'`,
    ).run();
    expect(search(db, 'korea')).toEqual([]);
    expect(search(db, 'tariffs')).toEqual(['seoul']);

    db.prepare(
      `UPDATE documents SET opened_at = '2025-03-02T00:00:00.000Z' WHERE id = 'tokyo'`,
    ).run();
    db.prepare(`DELETE FROM documents WHERE id = 'seoul'`).run();
    expect(search(db, 'tariffs')).toEqual([]);
    expect(search(db, 'carrier')).toEqual(['tokyo']);
    expect(() =>
      db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`),
    ).not.toThrow();
  });

  it('stores settings by key', () => {
    db.prepare(`INSERT INTO settings (key, value) VALUES ('seeded', '2025-03-01')`).run();
    expect(() =>
      db.prepare(`INSERT INTO settings (key, value) VALUES ('seeded', 'again')`).run(),
    ).toThrow(/UNIQUE/u);
  });
});
