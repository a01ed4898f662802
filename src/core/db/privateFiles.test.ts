import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../testing';
import { openDatabase } from './connection';
import { migrations } from './migrations';
import { documents001 } from './migrations/001_documents';

/** Issue 20: the library was created 0755 / 0644, readable by every local user. */

const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;

describe.runIf(process.platform !== 'win32')('a private library on POSIX', () => {
  let dir: string;
  let oldUmask: number;
  beforeEach(() => {
    dir = makeTempDir();
    // The most permissive usual umask: modes must not depend on it.
    oldUmask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(oldUmask);
    removeTempDir(dir);
  });

  it('creates the data folder 0700, and gloss.db, its WAL and -shm 0600', async () => {
    const dataDir = path.join(dir, 'new', 'Gloss');
    // Open: the migrations have written the WAL, and -shm maps it.
    const db = await openDatabase(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of ['gloss.db', 'gloss.db-wal', 'gloss.db-shm']) {
      expect(modeOf(path.join(dataDir, name))).toBe(0o600);
    }
    db.close();
  });

  it('makes the files of a library an older Gloss left 0644 private, not the folder', async () => {
    fs.chmodSync(dir, 0o755);
    (await openDatabase(dir, { migrate: { migrations: [documents001] } })).close();
    const file = path.join(dir, 'gloss.db');
    fs.chmodSync(file, 0o644);
    const db = await openDatabase(dir, { migrate: { migrations: [documents001] } });
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
    db.close();
    expect(modeOf(dir)).toBe(0o755);
  });

  it('writes the backup taken before a migration 0600 in a 0700 folder', async () => {
    (await openDatabase(dir, { migrate: { migrations: [documents001] } })).close();
    (await openDatabase(dir, { migrate: { migrations } })).close();
    const backups = path.join(dir, 'backups');
    const [backup] = fs.readdirSync(backups);
    expect(modeOf(backups)).toBe(0o700);
    expect(modeOf(path.join(backups, backup as string))).toBe(0o600);
  });
});
