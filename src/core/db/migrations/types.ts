import type Database from 'better-sqlite3';

/**
 * One step of the schema history. `up` runs inside the migration transaction with foreign keys
 * off (so a step may rebuild tables); it must not commit, and it must not touch user_version.
 */
export interface Migration {
  /** 1, 2, 3 … in order; after it runs, `PRAGMA user_version` equals this. */
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
