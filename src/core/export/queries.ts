import type Database from 'better-sqlite3';
import type { AliasKey } from '../../shared/export/types';

/** The few reads export and library import need that no other repository has. */
export const createExchangeQueries = (db: Database.Database) => {
  const statements = {
    aliasKeys: db.prepare<[string], AliasKey>(
      `SELECT type, name FROM entity_aliases WHERE entity_id = ? ORDER BY type, name`,
    ),
    // Titles only: the library list's counts would cost a query per document for nothing.
    libraryTitles: db.prepare<[], { id: string; title: string }>(
      `SELECT id, title FROM documents WHERE deleted_at IS NULL
       ORDER BY added_at DESC, title COLLATE NOCASE`,
    ),
    title: db.prepare<[string], string>(`SELECT title FROM documents WHERE id = ?`).pluck(),
    deletedAt: db
      .prepare<[string], string | null>(`SELECT deleted_at FROM documents WHERE id = ?`)
      .pluck(),
  };
  return {
    /** The extracted (type, name) keys that lead to the entity. */
    aliasKeys: (entityId: string): AliasKey[] => statements.aliasKeys.all(entityId),
    /** Every document of the library (not the Trash), newest first, with its title. */
    libraryTitles: (): Array<{ id: string; title: string }> => statements.libraryTitles.all(),
    title: (documentId: string): string | undefined => statements.title.get(documentId),
    /** undefined: no such document; null: in the library; a date: in the Trash since then. */
    deletedAt: (documentId: string): string | null | undefined =>
      statements.deletedAt.get(documentId),
  };
};

export type ExchangeQueries = ReturnType<typeof createExchangeQueries>;
