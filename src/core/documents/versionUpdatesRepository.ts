import type Database from 'better-sqlite3';
import { z } from 'zod';
import { highlightSchema, type Highlight } from '../../shared/annotations';

/** What an update replaced: the version current before it and the highlights as they were. */
export interface VersionUpdate {
  documentId: string;
  /** The version the update made current. */
  version: number;
  replacedVersion: number;
  highlights: Highlight[];
}

interface UpdateRow {
  documentId: string;
  version: number;
  replacedVersion: number;
  highlights: string;
}

const storedHighlights = z.array(highlightSchema);

/** The SQL of `version_updates` (migration 6): what undoing an update puts back. */
export const createVersionUpdatesRepository = (db: Database.Database) => {
  const statements = {
    insert: db.prepare<[UpdateRow]>(
      `INSERT OR REPLACE INTO version_updates (document_id, version, replaced_version, highlights)
       VALUES (@documentId, @version, @replacedVersion, @highlights)`,
    ),
    find: db.prepare<[string, number], UpdateRow>(
      `SELECT document_id AS documentId, version, replaced_version AS replacedVersion, highlights
       FROM version_updates WHERE document_id = ? AND version = ?`,
    ),
    remove: db.prepare<[string, number]>(
      `DELETE FROM version_updates WHERE document_id = ? AND version = ?`,
    ),
  };
  return {
    insert: (update: VersionUpdate): void => {
      statements.insert.run({ ...update, highlights: JSON.stringify(update.highlights) });
    },
    /** The update that made `version` current, if it can still be undone. */
    find: (documentId: string, version: number): VersionUpdate | undefined => {
      const row = statements.find.get(documentId, version);
      return row && { ...row, highlights: storedHighlights.parse(JSON.parse(row.highlights)) };
    },
    remove: (documentId: string, version: number): void => {
      statements.remove.run(documentId, version);
    },
  };
};

export type VersionUpdatesRepository = ReturnType<typeof createVersionUpdatesRepository>;
