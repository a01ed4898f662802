import fs from 'node:fs';

/*
 * The library is private: on POSIX the data folder Gloss creates is 0700 and gloss.db, its WAL
 * and shared-memory files and its backups are 0600, whatever the umask. SQLite gives the WAL
 * and -shm files the mode of the database file, so creating that file 0600 covers them; they
 * are tightened too in case an older Gloss created them 0644. A folder that already existed
 * keeps its mode (GLOSS_DATA_DIR may point at a folder of the user's own); its files do not.
 */

const posix = process.platform !== 'win32';

export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/** Creates `folder` (and its missing parents) 0700; an existing folder is left as it is. */
export const ensurePrivateFolder = (folder: string): void => {
  if (fs.existsSync(folder)) return;
  fs.mkdirSync(folder, { recursive: true, mode: privateFolderMode });
  // mkdir's mode passes through the umask, which may only remove bits; set it exactly.
  if (posix) fs.chmodSync(folder, privateFolderMode);
};

/** Creates an empty file 0600 (an empty file is an empty SQLite database) unless it exists. */
export const createPrivateFile = (file: string): void => {
  try {
    fs.writeFileSync(file, '', { mode: privateFileMode, flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
};

/** Makes each existing file 0600. */
export const makePrivate = (...files: string[]): void => {
  if (!posix) return;
  for (const file of files) {
    try {
      fs.chmodSync(file, privateFileMode);
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
    }
  }
};
