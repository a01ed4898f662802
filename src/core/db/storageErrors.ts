import fs from 'node:fs';
import path from 'node:path';
import { GlossError } from '../../shared/result';

/*
 * What goes wrong with the disk under the library, said so a reader can act on it: a full
 * disk, a folder Gloss may not write, a damaged file (with the latest backup and how to put it
 * back), a failing disk. Gloss never repairs or replaces a damaged library itself.
 */

/** Where the library lives: the data folder, its gloss.db and its backups/ folder. */
export interface LibraryFiles {
  dataDir: string;
  file: string;
  backupDir: string;
}

const codeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** The newest backup in backups/ (backups are named by date, so the greatest name is newest). */
export const latestBackup = (backupDir: string): string | null => {
  try {
    const names = fs.readdirSync(backupDir).filter((name) => name.endsWith('.db'));
    const newest = names.sort().at(-1);
    return newest === undefined ? null : path.join(backupDir, newest);
  } catch {
    return null;
  }
};

const restoreAdvice = ({ file, backupDir }: LibraryFiles): string => {
  const backup = latestBackup(backupDir);
  if (backup === null) {
    return (
      `There is no backup in ${backupDir}. Keep the damaged file: the sqlite3 tool's ` +
      '".recover" command may save most of it.'
    );
  }
  return (
    `The latest backup is ${backup}. To go back to it, quit Gloss, move ${file} (and ` +
    `${path.basename(file)}-wal and -shm beside it, if any) somewhere safe, then copy the ` +
    `backup to ${file}. Changes made since that backup are only in the damaged file.`
  );
};

export const damagedLibrary = (files: LibraryFiles, error: unknown): GlossError =>
  new GlossError(
    'storage',
    `The library ${files.file} is damaged or is not a Gloss library (${reasonOf(error)}). ` +
      `Gloss has left it as it is. ${restoreAdvice(files)}`,
  );

const fullDisk = ({ dataDir }: LibraryFiles): GlossError =>
  new GlossError(
    'storage',
    `The disk that holds your library (${dataDir}) is full, so this was not saved; nothing ` +
      'was changed. Free some space on it and try again: what you saved before is safe.',
  );

const notWritable = ({ dataDir }: LibraryFiles, error: unknown): GlossError =>
  new GlossError(
    'storage',
    `Gloss cannot write to its library in ${dataDir} (${reasonOf(error)}). Make that folder ` +
      'and the files in it writable by you, or set GLOSS_DATA_DIR to a folder you can write.',
  );

const failingDisk = ({ file }: LibraryFiles, error: unknown): GlossError =>
  new GlossError(
    'storage',
    `Gloss could not read or write its library ${file} (${reasonOf(error)}); the disk may be ` +
      'failing or gone. Nothing was changed. Check the disk, then try again.',
  );

/**
 * The GlossError a storage failure is shown as, or null for any other error. SQLite's codes
 * (better-sqlite3 gives the extended name, e.g. SQLITE_IOERR_WRITE) and Node's file errors.
 */
export const storageError = (files: LibraryFiles, error: unknown): GlossError | null => {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return fullDisk(files);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return damagedLibrary(files, error);
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  )
    return notWritable(files, error);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return failingDisk(files, error);
  return null;
};

/** The library's files for a data folder (gloss.db and backups/ in it). */
export const libraryFiles = (
  dataDir: string,
  fileName: string,
  backupFolder: string,
): LibraryFiles => ({
  dataDir,
  file: path.join(dataDir, fileName),
  backupDir: path.join(dataDir, backupFolder),
});

type Handler = (input: never, call?: never) => unknown;

/**
 * The handlers with their storage failures told as storageError says (a full disk, a damaged
 * file, ...), instead of as an unexpected error; every other outcome passes as it is.
 */
export const withStorageErrors = <H extends Record<string, Handler>>(
  handlers: H,
  files: LibraryFiles,
): H => {
  const told = (error: unknown): never => {
    throw storageError(files, error) ?? error;
  };
  const wrap =
    (handler: Handler): Handler =>
    (input, call) => {
      try {
        const outcome = handler(input, call);
        return outcome instanceof Promise ? outcome.catch(told) : outcome;
      } catch (error) {
        return told(error);
      }
    };
  return Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [method, wrap(handler)]),
  ) as H;
};
