import path from 'node:path';
import type Database from 'better-sqlite3';
import { GlossError } from '../../shared/result';
import { documents001 } from './migrations/001_documents';
import { annotations002 } from './migrations/002_annotations';
import { entities003 } from './migrations/003_entities';
import { library004 } from './migrations/004_library';
import { pages005 } from './migrations/005_pages';
import { followedHighlights007 } from './migrations/007_followed_highlights';
import { scale008 } from './migrations/008_scale';
import { review009 } from './migrations/009_review';
import { documentOpens010 } from './migrations/010_document_opens';
import { highlightIndexRows011 } from './migrations/011_highlight_index_rows';
import { formattedReferences012 } from './migrations/012_formatted_references';
import { contentlessDocumentIndex013 } from './migrations/013_contentless_document_index';
import { searchOwners014 } from './migrations/014_search_owners';
import { references006 } from './migrations/006_references';
import type { Migration } from './migrations/types';
import { ensurePrivateFolder, makePrivate } from './privateFiles';

export type { Migration } from './migrations/types';

/** The schema history, oldest first. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [
  documents001,
  annotations002,
  entities003,
  library004,
  pages005,
  references006,
  followedHighlights007,
  scale008,
  review009,
  documentOpens010,
  highlightIndexRows011,
  formattedReferences012,
  contentlessDocumentIndex013,
  searchOwners014,
];

export const latestVersion = (list: readonly Migration[] = migrations): number =>
  list.at(-1)?.version ?? 0;

export const readUserVersion = (db: Database.Database): number =>
  Number(db.pragma('user_version', { simple: true }));

export const newerDatabaseError = (file: string, found: number, known: number): GlossError =>
  new GlossError(
    'database_newer',
    `This library (${file}) was written by a newer version of Gloss (schema ${found}; this ` +
      `version knows up to ${known}). Update Gloss to open it; the file was left untouched.`,
  );

export interface MigrateOptions {
  /** Where the pre-migration backup goes (`<dataDir>/backups`). */
  backupDir: string;
  /** Overridable for tests; production always uses the built-in list. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface MigrationOutcome {
  from: number;
  to: number;
  /** The online backup taken before migrating an existing database, if any. */
  backupPath: string | null;
}

const checkOrder = (list: readonly Migration[]): void => {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}.`,
      );
    }
  });
};

export const backupFileName = (from: number, at: Date): string =>
  `gloss-v${from}-${at.toISOString().replaceAll(':', '-')}.db`;

const backUp = async (
  db: Database.Database,
  from: number,
  options: MigrateOptions,
): Promise<string> => {
  const target = path.join(
    options.backupDir,
    backupFileName(from, (options.now ?? (() => new Date()))()),
  );
  try {
    ensurePrivateFolder(options.backupDir);
    await db.backup(target);
    makePrivate(target);
  } catch (error) {
    throw new GlossError(
      'storage',
      `Could not back up the library to ${target} before upgrading it (${describe(error)}). ` +
        'Nothing was changed.',
    );
  }
  return target;
};

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Runs every pending step in one transaction; on any failure nothing changes, user_version included. */
const applyAll = (db: Database.Database, list: readonly Migration[]): void => {
  // Foreign keys are switched off for the duration, as SQLite advises for schema changes that
  // rebuild tables, and checked as a whole before commit. The pragma is a no-op inside a
  // transaction, hence outside.
  const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
  db.pragma('foreign_keys = OFF');
  try {
    // IMMEDIATE takes the write lock first; re-reading the version under it means a second
    // process (say the CLI) starting at the same moment skips what the first one just applied.
    db.transaction(() => {
      const from = readUserVersion(db);
      let current: Migration | undefined;
      try {
        for (current of list) if (current.version > from) current.up(db);
      } catch (error) {
        const step = `migration ${current?.version} (${current?.name})`;
        throw new Error(`${step} failed: ${describe(error)}`, { cause: error });
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw new Error(`${violations.length} foreign key violation(s)`);
      db.pragma(`user_version = ${Math.max(from, latestVersion(list))}`);
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
};

/**
 * Brings the database up to the latest schema. An existing database (user_version > 0) is
 * backed up online first, so a user can always go back to the file the previous version wrote.
 */
export const migrate = async (
  db: Database.Database,
  options: MigrateOptions,
): Promise<MigrationOutcome> => {
  const list = options.migrations ?? migrations;
  checkOrder(list);
  const from = readUserVersion(db);
  const to = latestVersion(list);
  if (from > to) throw newerDatabaseError(db.name, from, to);
  const pending = list.filter((migration) => migration.version > from);
  if (!pending.length) return { from, to, backupPath: null };

  const backupPath = from > 0 ? await backUp(db, from, options) : null;
  try {
    applyAll(db, list);
  } catch (error) {
    const backupNote = backupPath ? ` A backup taken just before is at ${backupPath}.` : '';
    throw new GlossError(
      'storage',
      `Could not upgrade the library ${db.name} from schema ${from} to ${to}: ${describe(error)}. ` +
        `It was left as it was.${backupNote}`,
    );
  }
  return { from, to, backupPath };
};
