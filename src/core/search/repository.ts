import type Database from 'better-sqlite3';
import type { AnchorStatus } from '../../shared/annotations';

/**
 * The full-text SQL of search (FTS5 tables of migrations 1, 2 and 4), prepared once per
 * connection. Every MATCH takes an expression built by search/queryParser.ts.
 *
 * The note and highlight tables answer bare rowids: a common word matches thousands of notes,
 * and joining each to its document costs more than the whole search may take. The service maps
 * rowids to documents with the owners read here once (see search/ownerIndex.ts).
 */

export interface DocumentMatchRow {
  /** documents.seq, the documents_fts rowid. */
  seq: number;
  /** bm25(): lower is better, and negative. */
  score: number;
}

export interface NoteRow {
  seq: number;
  noteId: string;
  highlightId: string | null;
  body: string;
  start: number | null;
  end: number | null;
  status: AnchorStatus | null;
}

export interface HighlightRow {
  highlightId: string;
  exact: string;
  start: number;
  end: number;
  status: AnchorStatus;
}

export interface DocumentTextRow {
  id: string;
  title: string;
  body: string;
}

/** Pairs read in one scan each: cheaper than a join, and mapped in the service. */
export interface Owners {
  /** documents.seq (= documents_fts rowid) and the document's id. */
  documents: [seq: number, documentId: string][];
  /** notes.seq (= notes_fts rowid) and the note's document. */
  notes: [seq: number, documentId: string][];
  /** highlights_fts rowid and the highlight it indexes. */
  indexedHighlights: [rowid: number, highlightId: string][];
  /** Each highlight and its document. */
  highlights: [highlightId: string, documentId: string][];
  /** Documents in the Trash. */
  trashed: string[];
}

// A title match counts as much as several in the body: titles are short and telling.
const titleWeight = 5;

export const createSearchRepository = (db: Database.Database) => {
  const statements = {
    // Bare rowids like the notes and highlights: joined to documents, a common word's 7,000
    // matches took four times as long as the match itself (issue 21).
    documents: db.prepare<[string], DocumentMatchRow>(
      `SELECT rowid AS seq, bm25(documents_fts, ${titleWeight}, 1) AS score
       FROM documents_fts WHERE documents_fts MATCH ?`,
    ),
    noteRowids: db.prepare<[string], number>(`SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?`),
    highlightRowids: db.prepare<[string], number>(
      `SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ?`,
    ),
    notes: db.prepare<[string], NoteRow>(
      `SELECT n.seq, n.id AS noteId, n.highlight_id AS highlightId, n.body, h.start, h."end",
         h.status
       FROM notes n LEFT JOIN highlights h ON h.id = n.highlight_id
       WHERE n.seq IN (SELECT value FROM json_each(?))`,
    ),
    highlights: db.prepare<[string], HighlightRow>(
      `SELECT id AS highlightId, exact, start, "end", status FROM highlights
       WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    texts: db.prepare<[string], DocumentTextRow>(
      `SELECT id, title, body FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    documentSeqs: db.prepare<[], Owners['documents'][number]>(`SELECT seq, id FROM documents`),
    noteOwners: db.prepare<[], Owners['notes'][number]>(`SELECT seq, document_id FROM notes`),
    indexedHighlights: db.prepare<[], Owners['indexedHighlights'][number]>(
      `SELECT rowid, highlight_id FROM highlights_fts`,
    ),
    highlightOwners: db.prepare<[], Owners['highlights'][number]>(
      `SELECT id, document_id FROM highlights`,
    ),
    trashed: db.prepare<[], string>(`SELECT id FROM documents WHERE deleted_at IS NOT NULL`),
    totalChanges: db.prepare<[], number>(`SELECT total_changes()`),
  };
  for (const statement of [
    statements.noteRowids,
    statements.highlightRowids,
    statements.trashed,
    statements.totalChanges,
  ]) {
    statement.pluck();
  }
  for (const statement of [
    statements.documentSeqs,
    statements.noteOwners,
    statements.indexedHighlights,
    statements.highlightOwners,
  ]) {
    statement.raw();
  }

  return {
    /** The documents_fts rowids (= documents.seq) that match, Trash included, with bm25. */
    matchDocuments: (match: string): DocumentMatchRow[] => statements.documents.all(match),
    /** The notes_fts rowids (= notes.seq) that match, Trash included. */
    matchNotes: (match: string): number[] => statements.noteRowids.all(match),
    /** The highlights_fts rowids that match (quote or tags), Trash included. */
    matchHighlights: (match: string): number[] => statements.highlightRowids.all(match),
    notes: (seqs: readonly number[]): NoteRow[] => statements.notes.all(JSON.stringify(seqs)),
    highlights: (ids: readonly string[]): HighlightRow[] =>
      statements.highlights.all(JSON.stringify(ids)),
    /** Title and current text of these documents, in no particular order. */
    texts: (ids: readonly string[]): DocumentTextRow[] => statements.texts.all(JSON.stringify(ids)),
    owners: (): Owners => ({
      documents: statements.documentSeqs.all(),
      notes: statements.noteOwners.all(),
      indexedHighlights: statements.indexedHighlights.all(),
      highlights: statements.highlightOwners.all(),
      trashed: statements.trashed.all(),
    }),
    /**
     * Changes whenever the library may have: a commit by another connection (data_version)
     * or any row this connection changed (total_changes).
     */
    changeStamp: (): string =>
      `${String(db.pragma('data_version', { simple: true }))}:${statements.totalChanges.get() ?? 0}`,
  };
};

export type SearchRepository = ReturnType<typeof createSearchRepository>;
