import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/result';
import { makeTempDir, removeTempDir } from '../testing';
import { openDatabase } from './connection';
import { latestVersion } from './migrations';

const fingerprint = (file: string) => ({
  sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
  mtimeMs: fs.statSync(file).mtimeMs,
  size: fs.statSync(file).size,
});

const rejectionOf = async (promise: Promise<unknown>): Promise<GlossError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};

/** Writes a database as a future Gloss might: schema 99, some data, optionally in WAL mode. */
const writeNewerDatabase = (file: string, wal: boolean): void => {
  const db = new Database(file);
  if (wal) db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from the future');`);
  db.pragma('user_version = 99');
  db.close();
  const past = new Date('2024-01-01T00:00:00Z');
  fs.utimesSync(file, past, past);
};

describe('openDatabase', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  it('creates the folder and a configured, migrated gloss.db', async () => {
    const dataDir = path.join(dir, 'nested', 'Gloss');
    const db = await openDatabase(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'gloss.db'))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('reopens an existing library and keeps its rows', async () => {
    const first = await openDatabase(dir);
    first.prepare(`INSERT INTO settings (key, value) VALUES ('k', 'v')`).run();
    first.close();
    const second = await openDatabase(dir);
    expect(second.prepare(`SELECT value FROM settings WHERE key = 'k'`).pluck().get()).toBe('v');
    second.close();
  });

  for (const wal of [false, true]) {
    it(`refuses a newer database and leaves the file untouched (${wal ? 'WAL' : 'rollback journal'})`, async () => {
      const file = path.join(dir, 'gloss.db');
      writeNewerDatabase(file, wal);
      const before = fingerprint(file);

      const error = await rejectionOf(openDatabase(dir));
      expect(error.code).toBe('database_newer');
      expect(error.message).toBe(
        `This library (${file}) was written by a newer version of Gloss (schema 99; this ` +
          `version knows up to ${latestVersion()}). Update Gloss to open it; the file was left untouched.`,
      );
      expect(fingerprint(file)).toEqual(before);
      expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    });
  }

  it('reports a file that is not a database without changing it', async () => {
    const file = path.join(dir, 'gloss.db');
    fs.writeFileSync(file, 'this is not sqlite, just some text that happens to be here'.repeat(20));
    const before = fingerprint(file);
    const error = await rejectionOf(openDatabase(dir));
    expect(error.code).toBe('storage');
    expect(error.message).toContain(file);
    expect(fingerprint(file)).toEqual(before);
  });
});
