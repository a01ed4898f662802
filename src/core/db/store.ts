import type Database from 'better-sqlite3';
import { createVersionUpdatesRepository } from '../documents/versionUpdatesRepository';
import { createDocumentsRepository } from '../documents/repository';
import { createHighlightsRepository } from '../annotations/repository';
import { createNotesRepository } from '../notes/repository';
import { createTrashRepository } from '../library/trashRepository';
import { createVersionsRepository } from '../documents/versionsRepository';

/** How long after the last write the log is checkpointed. */
const idleCheckpointMs = 1000;

/** Every repository of one connection, and its transactions, for the services to share. */
export const createStore = (db: Database.Database) => {
  let writes = 0;
  /*
   * The write-ahead log is copied into the database a second after the last write, not in the
   * commit that passes 1,000 pages (see connection.ts). PASSIVE waits for no reader or writer;
   * the log is durable either way, so a kill before it loses nothing.
   */
  let checkpoint: ReturnType<typeof setTimeout> | undefined;
  const checkpointWhenIdle = (): void => {
    clearTimeout(checkpoint);
    checkpoint = setTimeout(() => {
      if (!db.open || db.inTransaction) return;
      try {
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // A checkpoint that fails (a full disk) loses nothing: the log keeps every write, and
        // the next write schedules another. It must not take the process down.
      }
    }, idleCheckpointMs);
    checkpoint.unref();
  };
  /** Steps to run once the outermost write under way commits (see `write`). */
  let afterCommit: (() => void)[] = [];
  const onCommit = (step: () => void): void => {
    if (db.inTransaction) afterCommit.push(step);
    else step();
  };
  return {
    documents: createDocumentsRepository(db),
    versions: createVersionsRepository(db, onCommit),
    versionUpdates: createVersionUpdatesRepository(db),
    highlights: createHighlightsRepository(db),
    notes: createNotesRepository(db),
    trash: createTrashRepository(db),
    /**
     * Runs `work` as one transaction, committed (synchronous = FULL) before it returns; a throw
     * rolls everything back. IMMEDIATE takes the write lock up front, so checks made inside hold
     * until the commit even with another process (the CLI) on the same file. Nested inside
     * another transaction it becomes a savepoint.
     */
    write: <T>(work: () => T): T => {
      // Steps left by work outside `write` (a bare transaction) are not this write's.
      if (!db.inTransaction) afterCommit = [];
      let result: T;
      try {
        result = db.transaction(work).immediate();
      } catch (error) {
        // Rolled back: what was to follow its commit must not happen.
        if (!db.inTransaction) afterCommit = [];
        throw error;
      }
      writes += 1;
      if (!db.inTransaction) {
        const steps = afterCommit;
        afterCommit = [];
        for (const step of steps) step();
        checkpointWhenIdle();
      }
      return result;
    },
    /** Runs several reads on one consistent snapshot. */
    read: <T>(work: () => T): T => db.transaction(work).deferred(),
    /**
     * Changes whenever a write may have been committed since it was last read: by another
     * connection (SQLite's data_version) or by this one through `write`. Lets a plan made in a
     * read tell cheaply that its data still holds when the write comes.
     */
    changeMark: (): string => `${String(db.pragma('data_version', { simple: true }))}:${writes}`,
  };
};

export type Store = ReturnType<typeof createStore>;
