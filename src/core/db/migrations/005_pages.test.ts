import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { pages005 } from './005_pages';

const before005 = migrations.filter((migration) => migration.version < 5);

const addDocument = (db: Database.Database, id: string, seq: number, source: string) => {
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count, version)
     VALUES (?, ?, 'T', ?, '2025-01-01T00:00:00.000Z', '[{"kind":"paragraph","text":"Body"}]', 'Body', 4, 1)`,
  ).run(id, seq, source);
  db.prepare(
    `INSERT INTO document_versions (document_id, version, blocks, body, created_at)
     VALUES (?, 1, '[{"kind":"paragraph","text":"Body"}]', 'Body', '2025-01-01T00:00:00.000Z')`,
  ).run(id);
};

describe('migration 5: pages', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    const old = await openDatabase(dir, { migrate: { migrations: before005 } });
    addDocument(old, 'md', 1, 'notes.MD');
    addDocument(old, 'web', 2, 'page.htm');
    addDocument(old, 'pasted', 3, 'Pasted text');
    old.close();
    db = await openDatabase(dir, { migrate: { migrations: [...before005, pages005] } });
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('gives existing documents their format from the source and no pages', () => {
    expect(readUserVersion(db)).toBe(5);
    const rows = db
      .prepare(`SELECT id, format, pages, toc, page_count AS pageCount FROM documents ORDER BY seq`)
      .all();
    expect(rows).toEqual([
      { id: 'md', format: 'markdown', pages: '[]', toc: '[]', pageCount: null },
      { id: 'web', format: 'html', pages: '[]', toc: '[]', pageCount: null },
      { id: 'pasted', format: 'text', pages: '[]', toc: '[]', pageCount: null },
    ]);
    expect(db.prepare(`SELECT DISTINCT pages FROM document_versions`).pluck().all()).toEqual([
      '[]',
    ]);
  });

  it('refuses page breaks that are not a JSON array and formats it does not know', () => {
    expect(() =>
      db
        .prepare(`UPDATE document_versions SET pages = '{"start":0}' WHERE document_id = 'md'`)
        .run(),
    ).toThrow(/CHECK constraint failed/u);
    expect(() => db.prepare(`UPDATE documents SET format = 'docx' WHERE id = 'md'`).run()).toThrow(
      /CHECK constraint failed/u,
    );
  });
});
