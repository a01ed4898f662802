import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { documents001 } from './001_documents';
import { annotations002 } from './002_annotations';

const seoul = 'Former U.S. President Donald Trump has reintroduced defense cost-sharing.';
const tokyo = 'Tokyo hosts a forward-deployed carrier.\n\nThe café talk went on.';

/** A library as release 1 wrote it: two documents, one opened, closed cleanly. */
const makeVersion1Library = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, { migrate: { migrations: [documents001] } });
  const insert = db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, opened_at, blocks, body, char_count)
     VALUES (?, ?, ?, 'Pasted text', ?, ?, ?, ?, ?)`,
  );
  const blocksOf = (body: string) =>
    JSON.stringify(body.split('\n\n').map((text) => ({ kind: 'paragraph', text })));
  insert.run(
    'seoul',
    1,
    'Cost-sharing',
    '2025-03-01T10:00:00.000Z',
    null,
    blocksOf(seoul),
    seoul,
    seoul.length,
  );
  insert.run(
    'tokyo',
    2,
    'Japan',
    '2025-03-02T10:00:00.000Z',
    '2025-03-03T08:00:00.000Z',
    blocksOf(tokyo),
    tokyo,
    tokyo.length,
  );
  db.close();
};

const addHighlight = (db: Database.Database, id: string, documentId: string, extra = {}) =>
  db
    .prepare(
      `INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color, tags,
         status, created_at, updated_at)
       VALUES (@id, @documentId, @start, @end, @exact, '', '', @color, @tags, @status,
         '2025-03-04T00:00:00.000Z', '2025-03-04T00:00:00.000Z')`,
    )
    .run({
      id,
      documentId,
      start: 0,
      end: 6,
      exact: 'Former',
      color: 'yellow',
      tags: '["trade"]',
      status: 'anchored',
      ...extra,
    });

const addNote = (
  db: Database.Database,
  id: string,
  documentId: string,
  highlightId: string | null,
  body: string,
) =>
  db
    .prepare(
      `INSERT INTO notes (id, seq, document_id, highlight_id, body, tags, created_at, updated_at)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM notes), ?, ?, ?, '[]',
         '2025-03-04T00:00:00.000Z', '2025-03-04T00:00:00.000Z')`,
    )
    .run(id, documentId, highlightId, body);

const searchNotes = (db: Database.Database, query: string): string[] =>
  db
    .prepare<[string], string>(
      `SELECT n.id FROM notes_fts JOIN notes n ON n.seq = notes_fts.rowid
       WHERE notes_fts MATCH ? ORDER BY n.id`,
    )
    .pluck()
    .all(query);

const count = (db: Database.Database, table: string): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

describe('migration 2: annotations', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    await makeVersion1Library(dir);
    db = await openDatabase(dir, { migrate: { migrations: [documents001, annotations002] } });
  });

  afterEach(() => {
    if (db.open) db.close();
    removeTempDir(dir);
  });

  it('upgrades a version 1 library, backing it up first', () => {
    expect(readUserVersion(db)).toBe(2);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
         AND name IN ('document_versions', 'highlights', 'notes') ORDER BY name`,
      )
      .all();
    expect(tables).toEqual([
      { name: 'document_versions', strict: 1 },
      { name: 'highlights', strict: 1 },
      { name: 'notes', strict: 1 },
    ]);
  });

  it('makes the current text of every existing document its version 1', () => {
    const documents = db
      .prepare(`SELECT id, version, opened_at AS openedAt FROM documents ORDER BY id`)
      .all();
    expect(documents).toEqual([
      { id: 'seoul', version: 1, openedAt: null },
      { id: 'tokyo', version: 1, openedAt: '2025-03-03T08:00:00.000Z' },
    ]);
    const versions = db
      .prepare(
        `SELECT document_id AS documentId, version, body, created_at AS createdAt,
           json_array_length(blocks) AS blockCount
         FROM document_versions ORDER BY document_id`,
      )
      .all();
    expect(versions).toEqual([
      {
        documentId: 'seoul',
        version: 1,
        body: seoul,
        createdAt: '2025-03-01T10:00:00.000Z',
        blockCount: 1,
      },
      {
        documentId: 'tokyo',
        version: 1,
        body: tokyo,
        createdAt: '2025-03-02T10:00:00.000Z',
        blockCount: 2,
      },
    ]);
    const insertVersion = db.prepare(
      `INSERT INTO document_versions (document_id, version, blocks, body, created_at)
       VALUES (?, ?, '[]', '', 'now')`,
    );
    expect(() => insertVersion.run('seoul', 1)).toThrow(/UNIQUE/u);
    expect(() => insertVersion.run('nowhere', 1)).toThrow(/FOREIGN KEY/u);
    // Full-text search over documents is as it was.
    const found = db
      .prepare(`SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'cafe'`)
      .pluck()
      .all();
    expect(found).toEqual([2]);
  });

  it('checks highlights: document, colour, status, range and tags', () => {
    addHighlight(db, 'h1', 'seoul');
    expect(() => addHighlight(db, 'h1', 'seoul')).toThrow(/UNIQUE/u);
    expect(() => addHighlight(db, 'h2', 'nowhere')).toThrow(/FOREIGN KEY/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { color: 'red' })).toThrow(/CHECK/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { status: 'lost' })).toThrow(/CHECK/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { start: 6 })).toThrow(/CHECK/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { exact: '' })).toThrow(/CHECK/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { tags: '{"a":1}' })).toThrow(/CHECK/u);
    expect(() => addHighlight(db, 'h2', 'seoul', { start: 'zero' })).toThrow(/cannot store TEXT/u);
    expect(count(db, 'highlights')).toBe(1);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT * FROM highlights WHERE document_id = ? ORDER BY start`)
      .all('seoul') as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/highlights_by_position/u);
  });

  it('allows one note per highlight, of its own document, and many document notes', () => {
    addHighlight(db, 'h1', 'seoul');
    addHighlight(db, 't1', 'tokyo', { exact: 'Tokyo', end: 5 });
    addNote(db, 'n1', 'seoul', 'h1', 'Burden sharing.');
    expect(() => addNote(db, 'n2', 'seoul', 'h1', 'A second one.')).toThrow(/UNIQUE/u);
    expect(() => addNote(db, 'n2', 'seoul', 't1', 'Wrong document.')).toThrow(/FOREIGN KEY/u);
    expect(() => addNote(db, 'n2', 'seoul', 'gone', 'No highlight.')).toThrow(/FOREIGN KEY/u);
    addNote(db, 'd1', 'seoul', null, 'About the whole piece.');
    addNote(db, 'd2', 'seoul', null, 'Another thought.');
    expect(count(db, 'notes')).toBe(3);
  });

  it('cascades: a highlight takes its note, a document takes everything', () => {
    addHighlight(db, 'h1', 'seoul');
    addHighlight(db, 'h2', 'seoul', { start: 7, end: 11, exact: 'U.S.' });
    addNote(db, 'n1', 'seoul', 'h1', 'Burden sharing.');
    addNote(db, 'n2', 'seoul', 'h2', 'Alliance costs.');
    addNote(db, 'd1', 'seoul', null, 'Whole piece.');
    addHighlight(db, 't1', 'tokyo', { exact: 'Tokyo', end: 5 });
    addNote(db, 't1n', 'tokyo', 't1', 'Carrier.');

    db.prepare(`DELETE FROM highlights WHERE id = 'h1'`).run();
    expect(db.prepare(`SELECT id FROM notes ORDER BY id`).pluck().all()).toEqual([
      'd1',
      'n2',
      't1n',
    ]);
    db.prepare(`DELETE FROM documents WHERE id = 'seoul'`).run();
    expect(db.prepare(`SELECT id FROM highlights`).pluck().all()).toEqual(['t1']);
    expect(db.prepare(`SELECT id FROM notes`).pluck().all()).toEqual(['t1n']);
    expect(db.prepare(`SELECT document_id FROM document_versions`).pluck().all()).toEqual([
      'tokyo',
    ]);
    // Cascaded deletes went through the triggers too.
    expect(searchNotes(db, 'sharing OR costs OR piece')).toEqual([]);
    expect(searchNotes(db, 'carrier')).toEqual(['t1n']);
    db.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')`);
  });

  it('keeps the notes full-text index in step with inserts, updates and deletes', () => {
    addNote(db, 'd1', 'seoul', null, 'Alliance burden sharing, café diplomacy.');
    addNote(db, 'd2', 'tokyo', null, 'Carrier groups.');
    expect(searchNotes(db, 'cafe')).toEqual(['d1']);
    expect(searchNotes(db, 'carrier*')).toEqual(['d2']);
    db.prepare(`UPDATE notes SET body = 'Tariffs only.' WHERE id = 'd1'`).run();
    expect(searchNotes(db, 'cafe')).toEqual([]);
    expect(searchNotes(db, 'tariffs')).toEqual(['d1']);
    db.prepare(`UPDATE notes SET tags = '["x"]' WHERE id = 'd2'`).run();
    db.prepare(`DELETE FROM notes WHERE id = 'd1'`).run();
    expect(searchNotes(db, 'tariffs')).toEqual([]);
    expect(searchNotes(db, 'carrier')).toEqual(['d2']);
    db.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')`);
  });
});
