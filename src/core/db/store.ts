import type Database from 'better-sqlite3';
import { createVersionUpdatesRepository } from '../documents/versionUpdatesRepository';
import { createDocumentsRepository } from '../documents/repository';
import { createHighlightsRepository } from '../annotations/repository';
import { createNotesRepository } from '../notes/repository';
import { createTrashRepository } from '../library/trashRepository';
import { createVersionsRepository } from '../documents/versionsRepository';

/** Every repository of one connection, and its transactions, for the services to share. */
export const createStore = (db: Database.Database) => ({
  documents: createDocumentsRepository(db),
  versions: createVersionsRepository(db),
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
  write: <T>(work: () => T): T => db.transaction(work).immediate(),
  /** Runs several reads on one consistent snapshot. */
  read: <T>(work: () => T): T => db.transaction(work).deferred(),
});

export type Store = ReturnType<typeof createStore>;
