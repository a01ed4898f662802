import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { documents001 } from './001_documents';
import { annotations002 } from './002_annotations';
import { entities003 } from './003_entities';

const body = 'Former U.S. President Donald Trump has reintroduced defense cost-sharing.';

/** A library as release 2 wrote it: one document with a highlight and its note. */
const makeVersion2Library = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: { migrations: [documents001, annotations002] },
  });
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc', 1, 'Cost-sharing', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  db.exec(`INSERT INTO document_versions (document_id, version, blocks, body, created_at)
    SELECT id, 1, blocks, body, added_at FROM documents`);
  db.close();
};

const addEntity = (db: Database.Database, id: string, extra = {}) =>
  db
    .prepare(
      `INSERT INTO entities (id, type, canonical, value, hidden, merged_into, created_at,
         updated_at)
       VALUES (@id, @type, @canonical, NULL, @hidden, @mergedInto, 'now', 'now')`,
    )
    .run({ id, type: 'person', canonical: 'Donald Trump', hidden: 0, mergedInto: null, ...extra });

const addMention = (db: Database.Database, extra = {}) =>
  db
    .prepare(
      `INSERT INTO mentions (document_id, version, entity_id, start, "end", text)
       VALUES (@documentId, 1, @entityId, @start, @end, 'Donald Trump')`,
    )
    .run({ documentId: 'doc', entityId: 'trump', start: 22, end: 34, ...extra });

const count = (db: Database.Database, table: string): number =>
  db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

describe('migration 3: entities', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    await makeVersion2Library(dir);
    db = await openDatabase(dir, {
      migrate: { migrations: [documents001, annotations002, entities003] },
    });
  });

  afterEach(() => {
    if (db.open) db.close();
    removeTempDir(dir);
  });

  it('upgrades a version 2 library to STRICT entity tables, keeping its documents', () => {
    expect(readUserVersion(db)).toBe(3);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
         AND (name LIKE 'entit%' OR name IN ('mentions', 'note_entity_links')) ORDER BY name`,
      )
      .all();
    expect(tables).toEqual(
      [
        'entities',
        'entity_aliases',
        'entity_corrections',
        'entity_extractions',
        'mentions',
        'note_entity_links',
      ].map((name) => ({ name, strict: 1 })),
    );
    expect(count(db, 'documents')).toBe(1);
  });

  it('checks entities, mentions, corrections and links', () => {
    addEntity(db, 'trump');
    expect(() => addEntity(db, 'x', { type: 'alien' })).toThrow(/CHECK/u);
    expect(() => addEntity(db, 'x', { canonical: '' })).toThrow(/CHECK/u);
    expect(() => addEntity(db, 'x', { hidden: 2 })).toThrow(/CHECK/u);
    expect(() => addEntity(db, 'x', { mergedInto: 'x' })).toThrow(/CHECK/u);
    expect(() => addEntity(db, 'x', { mergedInto: 'nobody' })).toThrow(/FOREIGN KEY/u);
    addMention(db);
    expect(() => addMention(db, { entityId: 'nobody' })).toThrow(/FOREIGN KEY/u);
    expect(() => addMention(db, { documentId: 'nowhere' })).toThrow(/FOREIGN KEY/u);
    expect(() => addMention(db, { end: 22 })).toThrow(/CHECK/u);
    expect(() => addMention(db, { start: 0, end: 1001 })).toThrow(/CHECK/u);
    const correct = db.prepare(
      `INSERT INTO entity_corrections (kind, payload, created_at) VALUES (?, ?, 'now')`,
    );
    correct.run('rename', '{"entityId":"trump"}');
    expect(() => correct.run('delete', '{}')).toThrow(/CHECK/u);
    expect(() => correct.run('rename', '[1]')).toThrow(/CHECK/u);
    const link = db.prepare(
      `INSERT INTO note_entity_links (note_id, entity_id, document_id, kind, suppressed,
         created_at) VALUES ('n1', 'trump', 'doc', ?, ?, 'now')`,
    );
    expect(() => link.run('manual', 1)).toThrow(/CHECK/u);
    expect(() => link.run('auto', 0)).toThrow(/CHECK/u);
    link.run('auto', 1);
    expect(() => link.run('manual', 0)).toThrow(/UNIQUE/u);
  });

  it('finds mentions by position for automatic links', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM mentions
         WHERE document_id = ? AND version = 1 AND start > 10 AND start < 20`,
      )
      .all('doc') as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/mentions_by_position/u);
  });

  it('deleting a document takes its mentions, extraction and links, not the entities', () => {
    addEntity(db, 'trump');
    addMention(db);
    db.exec(`INSERT INTO entity_extractions VALUES ('doc', 1, 'test', 'now')`);
    db.exec(`INSERT INTO note_entity_links VALUES ('n1', 'trump', 'doc', 'manual', 0, 'now')`);
    db.exec(`DELETE FROM documents WHERE id = 'doc'`);
    expect(count(db, 'mentions')).toBe(0);
    expect(count(db, 'entity_extractions')).toBe(0);
    expect(count(db, 'note_entity_links')).toBe(0);
    expect(count(db, 'entities')).toBe(1);
  });
});
