import type Database from 'better-sqlite3';
import type { AnchorStatus, Highlight, HighlightColor } from '../../shared/annotations';

interface HighlightRow {
  id: string;
  documentId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  tags: string;
  status: AnchorStatus;
  editedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = `id, document_id AS documentId, start, "end", exact, prefix, suffix, color, tags,
  status, edited_from AS editedFrom, created_at AS createdAt, updated_at AS updatedAt`;

// The CHECK constraints of migration 2 guarantee colour, status and a JSON array of tags; the
// tags were validated as strings on the way in, so rows are mapped without re-validating them.
const fromRow = ({ exact, prefix, suffix, tags, ...row }: HighlightRow): Highlight => ({
  ...row,
  quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
  tags: JSON.parse(tags) as string[],
});

const toRow = ({ quote, tags, ...highlight }: Highlight): HighlightRow => ({
  ...highlight,
  exact: quote.exact,
  prefix: quote.prefix,
  suffix: quote.suffix,
  tags: JSON.stringify(tags),
});

/** What moveMany and requoteMany bind: the fields they set, of every highlight. */
const movedJson = (highlights: readonly Highlight[], withQuote: boolean): string =>
  JSON.stringify(
    highlights.map(({ id, start, end, quote, color, status, editedFrom, updatedAt }) => ({
      ...{ id, start, end, prefix: quote.prefix, suffix: quote.suffix },
      ...{ color, status, editedFrom, updatedAt },
      ...(withQuote ? { exact: quote.exact } : {}),
    })),
  );

// Asked of the one row found: `document_id IN (SELECT ...)` would list every document of the
// library at each call (issue 21: a cost that grew with the library, 10,000 ids a lookup).
const inLibrary = `EXISTS (SELECT 1 FROM documents d WHERE d.id = highlights.document_id AND d.deleted_at IS NULL)`;

/** An UPDATE of the rows a JSON array of highlights names, to where the array puts them. */
const movedRows = (alsoSet: string) =>
  `UPDATE highlights SET ${alsoSet} start = moved.start, "end" = moved."end",
     prefix = moved.prefix, suffix = moved.suffix, color = moved.color, status = moved.status,
     edited_from = moved.editedFrom, updated_at = moved.updatedAt
   FROM (SELECT value ->> 'id' AS id, value ->> 'start' AS start, value ->> 'end' AS "end",
           value ->> 'exact' AS exact, value ->> 'prefix' AS prefix,
           value ->> 'suffix' AS suffix, value ->> 'color' AS color, value ->> 'status' AS status,
           value ->> 'editedFrom' AS editedFrom, value ->> 'updatedAt' AS updatedAt
         FROM json_each(?)) AS moved
   WHERE highlights.id = moved.id`;

// Reading order: by position, longer first at the same start; orphans last, oldest first.
// The orphan's stored position is stale, so it must not order them.
const readingOrder = `status = 'orphaned',
  CASE WHEN status = 'orphaned' THEN created_at END,
  CASE WHEN status = 'orphaned' THEN 0 ELSE start END,
  "end" DESC, created_at, id`;

/** The SQL for highlights (migration 2), prepared once per connection. */
export const createHighlightsRepository = (db: Database.Database) => {
  const statements = {
    // A highlight of a document in the Trash is out of reach until the document is restored.
    find: db.prepare<[string], HighlightRow>(
      `SELECT ${columns} FROM highlights WHERE id = ? AND ${inLibrary}`,
    ),
    list: db.prepare<[string], HighlightRow>(
      `SELECT ${columns} FROM highlights WHERE document_id = ? ORDER BY ${readingOrder}`,
    ),
    // Every document's, each in its reading order: an export of a whole library in one query.
    listAll: db.prepare<[], HighlightRow>(
      `SELECT ${columns} FROM highlights ORDER BY document_id, ${readingOrder}`,
    ),
    insert: db.prepare<[HighlightRow]>(
      `INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color, tags,
         status, edited_from, created_at, updated_at)
       VALUES (@id, @documentId, @start, @end, @exact, @prefix, @suffix, @color, @tags,
         @status, @editedFrom, @createdAt, @updatedAt)`,
    ),
    update: db.prepare<[HighlightRow]>(
      `UPDATE highlights SET start = @start, "end" = @end, exact = @exact, prefix = @prefix,
         suffix = @suffix, color = @color, tags = @tags, status = @status,
         edited_from = @editedFrom, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    // Leaves exact and tags out of SET, so the search index trigger (migration 4) stays quiet.
    move: db.prepare<[HighlightRow]>(
      `UPDATE highlights SET start = @start, "end" = @end, prefix = @prefix, suffix = @suffix,
         color = @color, status = @status, edited_from = @editedFrom, updated_at = @updatedAt
       WHERE id = @id`,
    ),
    // `move` for many rows in one statement: one call into SQLite instead of one per row.
    moveMany: db.prepare<[string]>(movedRows('')),
    // The same with the quote: the search index trigger re-indexes each of these rows, in one
    // statement rather than one per row (each paid its own statement journal of index pages).
    requoteMany: db.prepare<[string]>(movedRows(`exact = moved.exact,`)),
    remove: db.prepare<[string]>(`DELETE FROM highlights WHERE id = ?`),
  };

  return {
    find: (id: string): Highlight | undefined => {
      const row = statements.find.get(id);
      return row && fromRow(row);
    },
    listByDocument: (documentId: string): Highlight[] =>
      statements.list.all(documentId).map(fromRow),
    /** Every highlight, Trash included, by document, each document's in reading order. */
    listAll: (): Highlight[] => statements.listAll.all().map(fromRow),
    /** Throws SQLite's constraint error for a duplicate id or a missing document. */
    insert: (highlight: Highlight): void => {
      statements.insert.run(toRow(highlight));
    },
    /** Rewrites everything but id, document and creation time. */
    update: (highlight: Highlight): void => {
      statements.update.run(toRow(highlight));
    },
    /**
     * Rewrites where the highlight is (position, context, status, edited state, colour) when its quote
     * and tags stay as they are: many rows at once after a new version, without reindexing them.
     */
    move: (highlight: Highlight): void => {
      statements.move.run(toRow(highlight));
    },
    /** `move` for many highlights at once (a new version of a text moves thousands). */
    moveMany: (highlights: readonly Highlight[]): void => {
      if (highlights.length > 0) statements.moveMany.run(movedJson(highlights, false));
    },
    /**
     * `moveMany` for highlights whose quote changed as well (a text update rewrote some of their
     * words, its undo puts them back): their rows in the search index follow. Tags stay.
     */
    requoteMany: (highlights: readonly Highlight[]): void => {
      if (highlights.length > 0) statements.requoteMany.run(movedJson(highlights, true));
    },
    /** Its note goes with it (ON DELETE CASCADE). False when no such highlight exists. */
    remove: (id: string): boolean => statements.remove.run(id).changes > 0,
  };
};

export type HighlightsRepository = ReturnType<typeof createHighlightsRepository>;
