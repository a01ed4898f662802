import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/result';
import { makeTempDir, removeTempDir } from '../testing';
import { openDatabase } from './connection';
import {
  backupFileName,
  latestVersion,
  migrate,
  migrations,
  readUserVersion,
  type Migration,
} from './migrations';
import { documents001 } from './migrations/001_documents';

const addNotes: Migration = {
  version: 2,
  name: 'notes',
  up: (db) => db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT`),
};
const addColumn: Migration = {
  version: 2,
  name: 'favourite',
  up: (db) => db.exec(`ALTER TABLE documents ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0`),
};
const broken: Migration = {
  version: 3,
  name: 'broken',
  up: (db) => {
    db.exec(`UPDATE documents SET title = 'changed'`);
    db.exec(`CREATE TABLE half_done (x INTEGER) STRICT`);
    throw new Error('disk on fire');
  },
};

const fixedNow = new Date('2025-04-05T06:07:08.009Z');

/** A library at version 1 with one realistic row, written and closed like a previous release. */
const makeVersion1Library = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, { migrate: { migrations: [documents001] } });
  const body = 'Former U.S. President Donald Trump has reintroduced defense cost-sharing.';
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc-1', 1, 'Cost-sharing', 'Bundled article', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  db.close();
};

const titles = (db: Database.Database): string[] =>
  db
    .prepare<[], { title: string }>(`SELECT title FROM documents`)
    .all()
    .map((row) => row.title);

describe('migrate', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  it('lists migrations 1..n in order', () => {
    migrations.forEach((migration, index) => expect(migration.version).toBe(index + 1));
  });

  it('backs up an existing database before migrating it, and the backup opens at the old version', async () => {
    await makeVersion1Library(dir);
    const db = await openDatabase(dir, {
      migrate: { migrations: [documents001, addColumn], now: () => fixedNow },
    });
    expect(readUserVersion(db)).toBe(2);
    expect(db.prepare(`SELECT favourite FROM documents`).pluck().get()).toBe(0);
    db.close();

    const backup = path.join(dir, 'backups', 'gloss-v1-2025-04-05T06-07-08.009Z.db');
    expect(backupFileName(1, fixedNow)).toBe(path.basename(backup));
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([path.basename(backup)]);
    const old = new Database(backup, { readonly: true });
    expect(readUserVersion(old)).toBe(1);
    expect(titles(old)).toEqual(['Cost-sharing']);
    const columns = old.prepare(`SELECT name FROM pragma_table_info('documents')`).pluck().all();
    expect(columns).not.toContain('favourite');
    old.close();

    // The backup is a library the previous version opens as is.
    const reopened = await openDatabase(path.dirname(backup), {
      migrate: { migrations: [documents001] },
    });
    reopened.close();
  });

  it('takes no backup of a brand-new database or one already up to date', async () => {
    (await openDatabase(dir)).close();
    (await openDatabase(dir)).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('rolls every pending migration back when one fails', async () => {
    await makeVersion1Library(dir);
    const file = path.join(dir, 'gloss.db');
    const attempt = openDatabase(dir, {
      migrate: { migrations: [documents001, addNotes, broken], now: () => fixedNow },
    });
    await expect(attempt).rejects.toThrow(GlossError);
    await expect(attempt).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(
        /migration 3 \(broken\) failed: disk on fire.*left as it was/u,
      ),
    });

    const db = new Database(file, { readonly: true });
    expect(readUserVersion(db)).toBe(1);
    expect(titles(db)).toEqual(['Cost-sharing']);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all();
    expect(tables).not.toContain('notes');
    expect(tables).not.toContain('half_done');
    db.close();
  });

  it('restores foreign key enforcement after migrating', async () => {
    const db = await openDatabase(dir, { migrate: { migrations: [documents001, addNotes] } });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database newer than its migrations without touching it', async () => {
    const db = new Database(path.join(dir, 'gloss.db'));
    const newer = latestVersion() + 1;
    db.pragma(`user_version = ${newer}`);
    const attempt = migrate(db, { backupDir: path.join(dir, 'backups') });
    await expect(attempt).rejects.toMatchObject({ code: 'database_newer' });
    expect(readUserVersion(db)).toBe(newer);
    db.close();
  });

  it('rejects a migration list out of order', async () => {
    const db = new Database(':memory:');
    await expect(migrate(db, { backupDir: dir, migrations: [addNotes] })).rejects.toThrow(
      /expected 1/u,
    );
    db.close();
  });
});
