import type Database from 'better-sqlite3';
import type { AnchorStatus } from '../../shared/annotations';

/**
 * The full-text SQL of search (FTS5 tables of migrations 2, 4 and 13), prepared once per
 * connection. Every MATCH takes an expression built by search/queryParser.ts.
 *
 * The note and highlight tables answer bare rowids: a common word matches thousands of notes,
 * and joining each to its document costs more than the whole search may take. The service maps
 * rowids to documents with the owners kept in memory (search/ownerIndex.ts, migration 14), or
 * looks up the owners of a few by key until those are read.
 * Documents are known by `documents.seq` (the documents_fts rowid) until the few shown are read.
 */

/** [documents.seq, bm25()]: bm25 is lower for better matches, and negative. */
export type DocumentMatch = [seq: number, score: number];

/** Owner rows of one kind changed since a point: their keys and documents, pair for pair. */
export interface OwnerChanges {
  keys: number[];
  documentSeqs: number[];
}

/** search_owners kinds: a note's seq, a highlights_fts rowid. */
export const ownerKinds = { note: 1, highlight: 2 } as const;

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
  /** The highlights_fts rowid that matched. */
  rowid: number;
  highlightId: string;
  exact: string;
  start: number;
  end: number;
  status: AnchorStatus;
}

export interface DocumentTextRow {
  seq: number;
  id: string;
  title: string;
  body: string;
}

// A title match counts as much as several in the body: titles are short and telling.
const titleWeight = 5;
const score = `bm25(documents_fts, ${titleWeight}, 1)`;

export const createSearchRepository = (db: Database.Database) => {
  // The boosts of documents whose notes or highlights match, for SQLite to rank with (below):
  // a table of this connection alone, emptied by each search that fills it.
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS search_boosts (seq INTEGER PRIMARY KEY, boost REAL NOT NULL)`,
  );
  const statements = {
    // Bare rowids like the notes and highlights: joined to documents, a common word's 7,000
    // matches took four times as long as the match itself (issue 21).
    documents: db.prepare<[string], DocumentMatch>(
      `SELECT rowid, ${score} FROM documents_fts WHERE documents_fts MATCH ?`,
    ),
    // The best `limit` alone: SQLite keeps them in a bounded sorter, where FTS5's own
    // `ORDER BY rank` sorts every match (5.6 against 8.2 ms of CPU for 7,221 matches). Ties go
    // to the newer document, as in the service.
    bestDocuments: db.prepare<[string, number], DocumentMatch>(
      `SELECT rowid, ${score} AS score FROM documents_fts WHERE documents_fts MATCH ?
       ORDER BY score, rowid DESC LIMIT ?`,
    ),
    // The same, each text's score lowered (bettered) by its document's boost.
    bestBoostedDocuments: db.prepare<[string, number], DocumentMatch>(
      `SELECT f.rowid, ${score} - coalesce(b.boost, 0) AS score
       FROM documents_fts f LEFT JOIN temp.search_boosts b ON b.seq = f.rowid
       WHERE documents_fts MATCH ?
       ORDER BY score, f.rowid DESC LIMIT ?`,
    ),
    clearBoosts: db.prepare(`DELETE FROM temp.search_boosts`),
    addBoost: db.prepare<[number, number]>(`INSERT INTO temp.search_boosts VALUES (?, ?)`),
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
      `SELECT f.rowid, h.id AS highlightId, h.exact, h.start, h."end", h.status
       FROM highlights_fts f JOIN highlights h ON h.id = f.highlight_id
       WHERE f.rowid IN (SELECT value FROM json_each(?))`,
    ),
    texts: db.prepare<[string], DocumentTextRow>(
      `SELECT seq, id, title, body FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
    ),
    // Keys and owners in two columns of plain numbers, in the same order (by change): 72,000
    // rows read as arrays of four cost three times as much, most of it in garbage collection.
    // `+kind` keeps SQLite on the primary key's range: by the (kind, key) index, it read and
    // sorted every row of the kind after each write.
    changedKeys: db.prepare<[number, number, number], number>(
      `SELECT key FROM search_owners WHERE +kind = ? AND change > ? AND change <= ?
       ORDER BY change`,
    ),
    changedOwners: db.prepare<[number, number, number], number>(
      `SELECT document_seq FROM search_owners WHERE +kind = ? AND change > ? AND change <= ?
       ORDER BY change`,
    ),
    // By the (kind, key) index, one look-up a key: for the few matches of a search made before
    // the whole owner index is read (search/ownerIndex.ts).
    ownersOf: db.prepare<[number, string], [key: number, documentSeq: number]>(
      `SELECT key, document_seq FROM search_owners
       WHERE kind = ? AND key IN (SELECT value FROM json_each(?))`,
    ),
    lastChange: db.prepare<[], number>(`SELECT max(change) FROM search_owners`),
    // AUTOINCREMENT's high-water mark: below what was read means the table was made again.
    lastOwnerChange: db.prepare<[], number>(
      `SELECT seq FROM sqlite_sequence WHERE name = 'search_owners'`,
    ),
    // Without the index named, SQLite reads every document for IS NOT NULL (41 ms at 10,000).
    trashed: db.prepare<[], number>(
      `SELECT seq FROM documents INDEXED BY documents_by_deleted WHERE deleted_at IS NOT NULL`,
    ),
    totalChanges: db.prepare<[], number>(`SELECT total_changes()`),
    dataVersion: db.prepare<[], number>(`PRAGMA data_version`),
  };
  // Rows this service wrote itself (the boosts): they change total_changes(), not the library.
  let ownChanges = 0;
  const clearBoosts = () => {
    ownChanges += statements.clearBoosts.run().changes;
  };
  for (const statement of [
    statements.noteRowids,
    statements.highlightRowids,
    statements.lastOwnerChange,
    statements.changedKeys,
    statements.changedOwners,
    statements.lastChange,
    statements.trashed,
    statements.totalChanges,
    statements.dataVersion,
  ]) {
    statement.pluck();
  }
  for (const statement of [
    statements.documents,
    statements.bestDocuments,
    statements.bestBoostedDocuments,
    statements.ownersOf,
  ]) {
    statement.raw();
  }

  return {
    /** Every document that matches (documents.seq, Trash included) with its bm25. */
    matchDocuments: (match: string): DocumentMatch[] => statements.documents.all(match),
    /** The `limit` best-matching documents (Trash included), best first. */
    bestDocuments: (match: string, limit: number): DocumentMatch[] =>
      statements.bestDocuments.all(match, limit),
    /**
     * The `limit` best-matching documents (Trash included), best first, each score bm25 less
     * its document's boost (`boosts`: documents.seq and boost); documents with a boost and no
     * match in their text are not among them.
     */
    bestBoostedDocuments: (
      match: string,
      limit: number,
      boosts: Iterable<[seq: number, boost: number]>,
    ): DocumentMatch[] => {
      clearBoosts();
      for (const [seq, boost] of boosts) ownChanges += statements.addBoost.run(seq, boost).changes;
      const best = statements.bestBoostedDocuments.all(match, limit);
      clearBoosts();
      return best;
    },
    /** The notes_fts rowids (= notes.seq) that match, Trash included, oldest first. */
    matchNotes: (match: string): number[] => statements.noteRowids.all(match),
    /** The highlights_fts rowids that match (quote or tags), Trash included, oldest first. */
    matchHighlights: (match: string): number[] => statements.highlightRowids.all(match),
    notes: (seqs: readonly number[]): NoteRow[] => statements.notes.all(JSON.stringify(seqs)),
    /** The highlights of these highlights_fts rowids. */
    highlights: (rowids: readonly number[]): HighlightRow[] =>
      statements.highlights.all(JSON.stringify(rowids)),
    /** Id, title and current text of these documents (by seq), in no particular order. */
    texts: (seqs: readonly number[]): DocumentTextRow[] =>
      statements.texts.all(JSON.stringify(seqs)),
    /** The owner rows of `kind` (ownerKinds) changed after `change`, up to `upTo`. */
    ownerChangesAfter: (kind: number, change: number, upTo: number): OwnerChanges => ({
      keys: statements.changedKeys.all(kind, change, upTo),
      documentSeqs: statements.changedOwners.all(kind, change, upTo),
    }),
    /** [key, documents.seq] of the owner rows of `kind` (ownerKinds) with these keys. */
    ownersOf: (kind: number, keys: readonly number[]): [key: number, documentSeq: number][] =>
      statements.ownersOf.all(kind, JSON.stringify(keys)),
    /** The last change among the owner rows there are (0 for none). */
    lastChange: (): number => statements.lastChange.get() ?? 0,
    lastOwnerChange: (): number => statements.lastOwnerChange.get() ?? 0,
    /** documents.seq of the documents in the Trash. */
    trashed: (): number[] => statements.trashed.all(),
    /**
     * Changes whenever the library may have: a commit by another connection (data_version)
     * or any row this connection changed (total_changes), the search's own boosts aside.
     */
    changeStamp: (): string =>
      `${statements.dataVersion.get() ?? 0}:${(statements.totalChanges.get() ?? 0) - ownChanges}`,
  };
};

export type SearchRepository = ReturnType<typeof createSearchRepository>;
