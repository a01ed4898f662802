import type Database from 'better-sqlite3';
import type { AnchorStatus } from '../../shared/annotations';

/**
 * The full-text SQL of search (FTS5 tables of migrations 1, 2 and 4), prepared once per
 * connection. Every statement takes an FTS5 MATCH expression built by search/queryParser.ts and
 * leaves out documents in the Trash.
 *
 * bm25() is lower for a better match (it is negative); the services turn it into a relevance.
 */

/** How many note or highlight hits per document come back with their text. */
export const hitsPerDocument = 2;

export interface DocumentMatchRow {
  documentId: string;
  score: number;
}

interface AnnotationHitRow {
  documentId: string;
  score: number;
  /** How many hits of this kind the document has (the row is one of the best few). */
  total: number;
  highlightId: string | null;
  start: number | null;
  end: number | null;
  status: AnchorStatus | null;
}

export interface NoteHitRow extends AnnotationHitRow {
  noteId: string;
  body: string;
}

export interface HighlightHitRow extends AnnotationHitRow {
  highlightId: string;
  exact: string;
  tags: string;
}

export interface DocumentTextRow {
  id: string;
  title: string;
  body: string;
  version: number;
}

// A title match counts as much as several in the body: titles are short and telling.
const titleWeight = 5;

/**
 * The best few rows per document of an FTS query (`hits`), with the document's count. The
 * score is taken in the inner query, where bm25() has its FTS context.
 */
const bestPerDocument = (hits: string): string => `
  SELECT * FROM (
    SELECT *,
      row_number() OVER (PARTITION BY documentId ORDER BY score, sort) AS nth,
      count(*) OVER (PARTITION BY documentId) AS total
    FROM (${hits})
  ) WHERE nth <= ${hitsPerDocument}`;

export const createSearchRepository = (db: Database.Database) => {
  const statements = {
    documents: db.prepare<[string], DocumentMatchRow>(
      `SELECT d.id AS documentId, bm25(documents_fts, ${titleWeight}, 1) AS score
       FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? AND d.deleted_at IS NULL`,
    ),
    notes: db.prepare<[string], NoteHitRow>(
      bestPerDocument(`
        SELECT n.document_id AS documentId, n.id AS noteId, n.highlight_id AS highlightId,
          n.body, h.start, h."end", h.status, bm25(notes_fts) AS score, n.seq AS sort
        FROM notes_fts
          JOIN notes n ON n.seq = notes_fts.rowid
          JOIN documents d ON d.id = n.document_id
          LEFT JOIN highlights h ON h.id = n.highlight_id
        WHERE notes_fts MATCH ? AND d.deleted_at IS NULL`),
    ),
    highlights: db.prepare<[string], HighlightHitRow>(
      bestPerDocument(`
        SELECT h.document_id AS documentId, h.id AS highlightId, h.exact, h.tags, h.start,
          h."end", h.status, bm25(highlights_fts) AS score, h.start AS sort
        FROM highlights_fts
          JOIN highlights h ON h.id = highlights_fts.highlight_id
          JOIN documents d ON d.id = h.document_id
        WHERE highlights_fts MATCH ? AND d.deleted_at IS NULL`),
    ),
    texts: db.prepare<[string], DocumentTextRow>(
      `SELECT id, title, body, version FROM documents
       WHERE id IN (SELECT value FROM json_each(?))`,
    ),
  };

  return {
    /** Every document whose title or text matches, with its bm25 score. */
    matchDocuments: (match: string): DocumentMatchRow[] => statements.documents.all(match),
    /** The best notes of each document whose body matches. */
    matchNotes: (match: string): NoteHitRow[] => statements.notes.all(match),
    /** The best highlights of each document whose quote or tags match. */
    matchHighlights: (match: string): HighlightHitRow[] => statements.highlights.all(match),
    /** Title and current text of these documents, in no particular order. */
    texts: (ids: readonly string[]): DocumentTextRow[] => statements.texts.all(JSON.stringify(ids)),
  };
};

export type SearchRepository = ReturnType<typeof createSearchRepository>;
