import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * `PRAGMA integrity_check` and `foreign_key_check` of the library, through a read-only
 * connection beside the running core (WAL lets it read while the core writes). Returns the
 * problems SQLite reports; none when the file is sound.
 */
export const checkIntegrity = (dataDir: string): string[] => {
  const db = new Database(path.join(dataDir, 'gloss.db'), { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((row) => row !== 'ok');
    const foreign = db.pragma('foreign_key_check') as object[];
    return [...problems, ...foreign.map((row) => `foreign key: ${JSON.stringify(row)}`)];
  } finally {
    db.close();
  }
};
