import type Database from 'better-sqlite3';
import type { AliasKey } from '../../shared/export/types';

/** The few reads export and library import need that no other repository has. */
export const createExchangeQueries = (db: Database.Database) => {
  const statements = {
    aliasKeys: db.prepare<[string], AliasKey>(
      `SELECT type, name FROM entity_aliases WHERE entity_id = ? ORDER BY type, name`,
    ),
    deletedAt: db
      .prepare<[string], string | null>(`SELECT deleted_at FROM documents WHERE id = ?`)
      .pluck(),
  };
  return {
    /** The extracted (type, name) keys that lead to the entity. */
    aliasKeys: (entityId: string): AliasKey[] => statements.aliasKeys.all(entityId),
    /** undefined: no such document; null: in the library; a date: in the Trash since then. */
    deletedAt: (documentId: string): string | null | undefined =>
      statements.deletedAt.get(documentId),
  };
};

export type ExchangeQueries = ReturnType<typeof createExchangeQueries>;
