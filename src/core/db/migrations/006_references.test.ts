import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { makeTempDir, removeTempDir } from '../../testing';
import { documents001 } from './001_documents';
import { annotations002 } from './002_annotations';
import { entities003 } from './003_entities';
import { library004 } from './004_library';
import { pages005 } from './005_pages';
import { references006 } from './006_references';

const migrations = [documents001, annotations002, entities003, library004, pages005, references006];

const addDocument = (db: Database.Database, id: string): void => {
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), 'T', 'Pasted text', 'now',
       '[]', '', 0)`,
  ).run(id);
};

const addReference = (db: Database.Database, id: string, citekey: string, csl = '{}'): void => {
  db.prepare(
    `INSERT INTO document_references (document_id, citekey, csl, updated_at)
     VALUES (?, ?, ?, 'now')`,
  ).run(id, citekey, csl);
};

describe('migration 6: references', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    // A library as the release before wrote it, with one document, then upgraded.
    const old = await openDatabase(dir, { migrate: { migrations: migrations.slice(0, -1) } });
    addDocument(old, 'doc');
    old.close();
    db = await openDatabase(dir, { migrate: { migrations } });
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('keeps existing documents, which have no reference yet', () => {
    expect(db.prepare(`SELECT id FROM documents`).pluck().all()).toEqual(['doc']);
    expect(db.prepare(`SELECT count(*) FROM document_references`).pluck().get()).toBe(0);
  });

  it('refuses a citation key another document holds, whatever its case', () => {
    addDocument(db, 'other');
    addReference(db, 'doc', 'smith2024reading');
    expect(() => addReference(db, 'other', 'Smith2024Reading')).toThrow(/UNIQUE/u);
  });

  it('stores only a JSON object as the reference', () => {
    expect(() => addReference(db, 'doc', 'k', '[1]')).toThrow(/CHECK/u);
    expect(() => addReference(db, 'doc', 'k', 'not json')).toThrow(/CHECK/u);
  });

  it('goes with its document when the Trash is emptied', () => {
    addReference(db, 'doc', 'k', '{"type":"book"}');
    db.prepare(`DELETE FROM documents WHERE id = 'doc'`).run();
    expect(db.prepare(`SELECT count(*) FROM document_references`).pluck().get()).toBe(0);
  });
});
