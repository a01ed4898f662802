import type Database from 'better-sqlite3';
import type { TrashedDocument } from '../../shared/model';
import { summaryColumns } from '../documents/repository';

/**
 * The SQL for the Trash (migration 4): a trashed document keeps its row and everything hanging
 * off it, marked with `deleted_at`, until it is removed for good; the foreign keys then
 * cascade to its versions, highlights, notes, mentions and note links.
 */
export const createTrashRepository = (db: Database.Database) => {
  const statements = {
    list: db.prepare<[], TrashedDocument>(
      `SELECT ${summaryColumns}, deleted_at AS deletedAt FROM documents
       WHERE deleted_at IS NOT NULL
       ORDER BY deleted_at DESC, title COLLATE NOCASE, id`,
    ),
    titleOf: db
      .prepare<[string], string>(
        `SELECT title FROM documents WHERE id = ? AND deleted_at IS NOT NULL`,
      )
      .pluck(),
    moveIn: db.prepare<[string, string]>(
      `UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`,
    ),
    restore: db.prepare<[string]>(
      `UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`,
    ),
    removeOne: db.prepare<[string]>(
      `DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL`,
    ),
    removeAll: db.prepare<[]>(`DELETE FROM documents WHERE deleted_at IS NOT NULL`),
  };

  return {
    /** Most recently deleted first. */
    list: (): TrashedDocument[] => statements.list.all(),
    /** The title of a document in the Trash; undefined when it is not there. */
    titleOf: (id: string): string | undefined => statements.titleOf.get(id),
    /** False when the document is not in the library (missing, or already in the Trash). */
    moveIn: (id: string, deletedAt: string): boolean =>
      statements.moveIn.run(deletedAt, id).changes > 0,
    /** False when the document is not in the Trash. */
    restore: (id: string): boolean => statements.restore.run(id).changes > 0,
    /** Removes one trashed document for good; false when it is not in the Trash. */
    removeOne: (id: string): boolean => statements.removeOne.run(id).changes > 0,
    /** Removes every trashed document for good; answers how many went. */
    removeAll: (): number => statements.removeAll.run().changes,
  };
};

export type TrashRepository = ReturnType<typeof createTrashRepository>;
