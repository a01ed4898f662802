import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GlossError } from '../../shared/result';
import { latestVersion, migrate, newerDatabaseError, type MigrateOptions } from './migrations';
import { createPrivateFile, ensurePrivateFolder, makePrivate } from './privateFiles';
import { libraryFiles, storageError, type LibraryFiles } from './storageErrors';

export const databaseFileName = 'gloss.db';
export const backupFolderName = 'backups';

/** How long a statement waits for another process (e.g. the CLI) to release its lock. */
export const busyTimeoutMs = 5000;

/** Pages of write-ahead log (4 KB each, so 64 MB) after which a commit checkpoints it itself. */
export const walPagesBeforeCheckpoint = 16_000;

export interface OpenDatabaseOptions {
  /** For tests: a different migration list or clock. */
  migrate?: Omit<MigrateOptions, 'backupDir'>;
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Reads the schema version through a read-only connection, which can neither write the file
 * nor checkpoint a WAL into it on close. So a database from a newer Gloss is refused with its
 * bytes untouched, before anything (even `journal_mode = WAL`) writes to it.
 */
const probeSchemaVersion = (files: LibraryFiles): number => {
  const { file } = files;
  if (!fs.existsSync(file)) return 0;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    return Number(probe.pragma('user_version', { simple: true }));
  } catch (error) {
    throw (
      storageError(files, error) ??
      new GlossError(
        'storage',
        `Could not read the library ${file} (${describe(error)}). It may be damaged or not a Gloss library.`,
      )
    );
  } finally {
    probe?.close();
  }
};

/**
 * Opens (creating if needed) `<dataDir>/gloss.db`, configured and migrated to the latest schema.
 * A new data folder is created 0700, and the database with its WAL files is 0600 (privateFiles.ts).
 */
export const openDatabase = async (
  dataDir: string,
  options: OpenDatabaseOptions = {},
): Promise<Database.Database> => {
  const files = libraryFiles(dataDir, databaseFileName, backupFolderName);
  const { file } = files;
  try {
    ensurePrivateFolder(dataDir);
    // A folder the user may not write is refused here, with the reason, before SQLite fails
    // less clearly (root may write anywhere, so this holds for everyone else).
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw storageError(files, error) ?? error;
  }
  const known = latestVersion(options.migrate?.migrations);
  const found = probeSchemaVersion(files);
  if (found > known) throw newerDatabaseError(file, found, known);

  let db: Database.Database | undefined;
  try {
    createPrivateFile(file);
    makePrivate(file, `${file}-wal`, `${file}-shm`);
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    makePrivate(`${file}-wal`, `${file}-shm`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // Checkpoints run when the library is idle (db/store.ts), not inside the commit that
    // happens to pass SQLite's default 1,000 pages (a highlight's save, a 1 MB text update):
    // this bound only keeps the log from growing without end through a long burst of writes.
    db.pragma(`wal_autocheckpoint = ${walPagesBeforeCheckpoint}`);
    await migrate(db, { ...options.migrate, backupDir: path.join(dataDir, backupFolderName) });
    return db;
  } catch (error) {
    db?.close();
    throw storageError(files, error) ?? error;
  }
};
