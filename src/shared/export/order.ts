import type { ExportedLink } from './types';

/*
 * Orderings shared by the export's reader and writer. Code-unit comparison, as SQLite's default
 * collation does, so that a library read back from a file lists in the order the database does.
 */

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Oldest first, then by id: the order notes are stored in. */
export const byCreation = (
  a: { createdAt: string; id: string },
  b: { createdAt: string; id: string },
): number => compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id);

export const byNoteThenEntity = (a: ExportedLink, b: ExportedLink): number =>
  compareText(a.noteId, b.noteId) || compareText(a.entityId, b.entityId);
