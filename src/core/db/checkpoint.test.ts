import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir } from '../testing';
import { openDatabase } from './connection';
import { createStore } from './store';

/** The size of the write-ahead log file. */
const walBytes = (dir: string): number => {
  const wal = fs.readdirSync(dir).find((name) => name.endsWith('-wal'));
  return wal ? fs.statSync(path.join(dir, wal)).size : 0;
};

describe('checkpoints', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    vi.useRealTimers();
    removeTempDir(dir);
  });

  it('wait for the library to be idle, then copy the log into the database', async () => {
    const db = await openDatabase(dir);
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(16_000);
      vi.useFakeTimers();
      const store = createStore(db);
      const pragma = vi.spyOn(db, 'pragma');
      const write = () =>
        store.write(() =>
          db.exec(`CREATE TABLE IF NOT EXISTS scratch (x); INSERT INTO scratch VALUES (1);`),
        );
      write();
      vi.advanceTimersByTime(500);
      write();
      // The second write moved the checkpoint a second on: nothing yet.
      vi.advanceTimersByTime(900);
      expect(pragma).not.toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
      expect(walBytes(dir)).toBeGreaterThan(0);
      vi.advanceTimersByTime(200);
      expect(pragma).toHaveBeenCalledWith('wal_checkpoint(PASSIVE)');
      expect(pragma).toHaveBeenCalledTimes(1);
    } finally {
      db.close();
    }
  });

  it('lets a failed checkpoint pass: the log still holds every write', async () => {
    const db = await openDatabase(dir);
    try {
      vi.useFakeTimers();
      const store = createStore(db);
      const pragma = db.pragma.bind(db);
      vi.spyOn(db, 'pragma').mockImplementation((source, options) => {
        if (source === 'wal_checkpoint(PASSIVE)') throw new Error('disk I/O error');
        return pragma(source, options);
      });
      store.write(() => db.exec(`CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1);`));
      expect(() => vi.advanceTimersByTime(1_100)).not.toThrow();
      expect(db.prepare('SELECT count(*) FROM scratch').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
