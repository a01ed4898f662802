import type Database from 'better-sqlite3';

/** A reference as a style prints it, with the digest of what it was formatted from. */
export interface FormattedRow {
  documentId: string;
  source: string;
  entry: string;
}

/** The SQL for formatted_references (migration 12), prepared once per connection. */
export const createFormattedRepository = (db: Database.Database) => {
  const statements = {
    find: db.prepare<[string, string], FormattedRow>(
      `SELECT document_id AS documentId, source, entry FROM formatted_references
       WHERE document_id = ? AND style = ?`,
    ),
    // A document gone meanwhile (an export reads on a snapshot) gets no row.
    save: db.prepare<[FormattedRow & { style: string }]>(
      `INSERT INTO formatted_references (document_id, style, source, entry)
         SELECT @documentId, @style, @source, @entry WHERE EXISTS
           (SELECT 1 FROM documents WHERE id = @documentId)
       ON CONFLICT (document_id, style) DO UPDATE SET source = excluded.source,
         entry = excluded.entry`,
    ),
  };
  return {
    find: (documentId: string, style: string): FormattedRow | undefined =>
      statements.find.get(documentId, style),
    save: (style: string, row: FormattedRow): void => {
      statements.save.run({ ...row, style });
    },
  };
};
