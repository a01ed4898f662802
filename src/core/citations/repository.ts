import type Database from 'better-sqlite3';
import { referenceSchema, type Reference } from '../../shared/citations/reference';

export interface StoredReference {
  documentId: string;
  citekey: string;
  citekeyEdited: boolean;
  reference: Reference;
  updatedAt: string;
}

interface Row {
  documentId: string;
  citekey: string;
  citekeyEdited: number;
  csl: string;
  updatedAt: string;
}

const columns = `document_id AS documentId, citekey, citekey_edited AS citekeyEdited, csl,
  updated_at AS updatedAt`;

const fromRow = (row: Row): StoredReference => ({
  documentId: row.documentId,
  citekey: row.citekey,
  citekeyEdited: row.citekeyEdited === 1,
  reference: referenceSchema.parse(JSON.parse(row.csl)),
  updatedAt: row.updatedAt,
});

/** The SQL for document_references (see migration 008), prepared once per connection. */
export const createReferencesRepository = (db: Database.Database) => {
  const statements = {
    find: db.prepare<[string], Row>(
      `SELECT ${columns} FROM document_references WHERE document_id = ?`,
    ),
    all: db.prepare<[], Row>(`SELECT ${columns} FROM document_references`),
    holder: db
      .prepare<[string], string>(
        `SELECT document_id FROM document_references WHERE citekey = ? COLLATE NOCASE`,
      )
      .pluck(),
    keysLike: db
      .prepare<[string], string>(
        `SELECT citekey FROM document_references WHERE citekey LIKE ? || '%' ESCAPE '\\'`,
      )
      .pluck(),
    upsert: db.prepare<[Omit<Row, 'documentId'> & { documentId: string }]>(
      `INSERT INTO document_references (document_id, citekey, citekey_edited, csl, updated_at)
       VALUES (@documentId, @citekey, @citekeyEdited, @csl, @updatedAt)
       ON CONFLICT (document_id) DO UPDATE SET citekey = excluded.citekey,
         citekey_edited = excluded.citekey_edited, csl = excluded.csl,
         updated_at = excluded.updated_at`,
    ),
    urls: db.prepare<[], { documentId: string; url: string }>(
      `SELECT r.document_id AS documentId, json_extract(r.csl, '$.URL') AS url
       FROM document_references r JOIN documents d ON d.id = r.document_id
       WHERE d.deleted_at IS NULL AND json_type(r.csl, '$.URL') = 'text'
       ORDER BY d.added_at, d.id`,
    ),
    missing: db
      .prepare<[], string>(
        `SELECT d.id FROM documents d LEFT JOIN document_references r ON r.document_id = d.id
         WHERE r.document_id IS NULL ORDER BY d.added_at, d.id`,
      )
      .pluck(),
  };

  return {
    find: (documentId: string): StoredReference | undefined => {
      const row = statements.find.get(documentId);
      return row ? fromRow(row) : undefined;
    },
    /** Every document's reference, Trash included (an export of a whole library). */
    all: (): StoredReference[] => statements.all.all().map(fromRow),
    /** The document holding `citekey` (compared without regard to case), if any. */
    holderOf: (citekey: string): string | undefined => statements.holder.get(citekey),
    /** The keys starting with `prefix` (case-insensitively): the candidates a new key avoids. */
    keysStartingWith: (prefix: string): Set<string> =>
      new Set(
        statements.keysLike
          .all(prefix.replace(/[%_\\]/gu, (char) => `\\${char}`))
          .map((key) => key.toLowerCase()),
      ),
    save: (stored: StoredReference): void => {
      statements.upsert.run({
        documentId: stored.documentId,
        citekey: stored.citekey,
        citekeyEdited: stored.citekeyEdited ? 1 : 0,
        csl: JSON.stringify(stored.reference),
        updatedAt: stored.updatedAt,
      });
    },
    /** The documents outside the Trash whose reference has a URL, oldest first. */
    urls: (): { documentId: string; url: string }[] => statements.urls.all(),
    /** Documents (Trash included) that have no reference row yet, oldest first. */
    missing: (): string[] => statements.missing.all(),
  };
};

export type ReferencesRepository = ReturnType<typeof createReferencesRepository>;
