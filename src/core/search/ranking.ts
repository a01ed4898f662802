import type { OwnerColumn, OwnersOf } from './ownerIndex';
import type { SearchRepository } from './repository';
import { topRanked } from './topRanked';

/** Notes, and highlights, shown per document at most (before its text hits). */
export const annotationHitsPerGroup = 2;

/**
 * Up to this many documents with matching notes or highlights, SQLite ranks the texts with their
 * boosts (a temporary table of them, 0.5 ms for 600); beyond, every text match's score is read
 * and combined here.
 */
export const maxBoostedInSql = 1000;

/** A document chosen for the answer, and what of it matched. */
export interface Ranked {
  /** documents.seq. */
  seq: number;
  /** How many of its notes and highlights match. */
  noteCount: number;
  highlightCount: number;
  /** The first matching notes (notes.seq) and highlights (highlights_fts rowids), oldest first. */
  notes: number[];
  highlights: number[];
}

/**
 * How much the user's own notes and highlights of a document that match raise it: their own
 * words about it weigh a lot.
 */
const annotationBoost = (noteCount: number, highlightCount: number): number =>
  2 * Math.log1p(noteCount) + Math.log1p(highlightCount);

/**
 * Adds the matches among `rowids` to their documents' `counts` (by documents.seq), and each
 * document not counted before, in either count, to `annotated`.
 */
const countByDocument = (
  rowids: readonly number[],
  owners: OwnerColumn,
  counts: Uint32Array,
  other: Uint32Array,
  annotated: number[],
): void => {
  for (const rowid of rowids) {
    const seq = owners.get(rowid);
    if (seq === 0) continue;
    const count = counts[seq] ?? 0;
    if (count === 0 && (other[seq] ?? 0) === 0) annotated.push(seq);
    counts[seq] = count + 1;
  }
};

/** The first `annotationHitsPerGroup` of `rowids` owned by each of the chosen documents. */
const firstOf = (
  rowids: readonly number[],
  owners: OwnerColumn,
  chosen: ReadonlyMap<number, Ranked>,
  pick: (ranked: Ranked) => number[],
): void => {
  for (const rowid of rowids) {
    const ranked = chosen.get(owners.get(rowid));
    if (ranked && pick(ranked).length < annotationHitsPerGroup) pick(ranked).push(rowid);
  }
};

/**
 * The `limit` documents that match `match` best, best first: the title and text's relevance
 * (bm25, negated) raised by the document's matching notes and highlights. Ties go to the newer
 * document (the larger seq), as the library lists them.
 *
 * Only what is shown is ranked in full: SQLite picks the best texts itself (a bounded sort),
 * each raised by its document's matching notes and highlights, counted here in typed arrays
 * indexed by documents.seq; documents with thousands of those take every text match's score
 * instead, combined here.
 */
export const rankDocuments = (
  repository: SearchRepository,
  ownersOf: OwnersOf,
  match: string,
  limit: number,
  boostedInSqlUpTo = maxBoostedInSql,
): Ranked[] => {
  const noteRowids = repository.matchNotes(match);
  const highlightRowids = repository.matchHighlights(match);
  const owners = ownersOf(noteRowids, highlightRowids);
  const { trashed } = owners;
  const noteCounts = new Uint32Array(owners.lastDocument + 1);
  const highlightCounts = new Uint32Array(owners.lastDocument + 1);
  const annotated: number[] = [];
  countByDocument(noteRowids, owners.noteDocument, noteCounts, highlightCounts, annotated);
  countByDocument(
    highlightRowids,
    owners.highlightDocument,
    highlightCounts,
    noteCounts,
    annotated,
  );

  const boostOf = (seq: number): number =>
    annotationBoost(noteCounts[seq] ?? 0, highlightCounts[seq] ?? 0);
  // Enough texts that, the Trash left out, `limit` remain.
  const wanted = limit + trashed.size;
  const boostedInSql = annotated.length > 0 && annotated.length <= boostedInSqlUpTo;
  const texts =
    annotated.length === 0
      ? repository.bestDocuments(match, wanted)
      : boostedInSql
        ? repository.bestBoostedDocuments(
            match,
            wanted,
            annotated.map((seq): [number, number] => [seq, boostOf(seq)]),
          )
        : repository.matchDocuments(match);
  let lastDocument = owners.lastDocument;
  for (const [seq] of texts) lastDocument = Math.max(lastDocument, seq);
  const scores = new Float64Array(lastDocument + 1);
  const listed = new Uint8Array(lastDocument + 1);
  const candidates: number[] = [];
  const consider = (seq: number) => {
    if (listed[seq] === 1) return;
    listed[seq] = 1;
    if (trashed.size === 0 || !trashed.has(seq)) candidates.push(seq);
  };
  for (const [seq, score] of texts) {
    scores[seq] = -score;
    consider(seq);
  }
  for (const seq of annotated) {
    // SQLite ranked it with its boost already, or left it out: its text, if it matches at all,
    // then ranks below the `wanted` texts read even with the boost, and its boost alone (less
    // than text and boost together) keeps it there.
    if (!(boostedInSql && listed[seq] === 1)) scores[seq] = (scores[seq] ?? 0) + boostOf(seq);
    consider(seq);
  }

  const before = (a: number, b: number): boolean => {
    const scoreA = scores[a] ?? 0;
    const scoreB = scores[b] ?? 0;
    return scoreA > scoreB || (scoreA === scoreB && a > b);
  };
  const chosen = new Map<number, Ranked>();
  for (const seq of topRanked(candidates, limit, before)) {
    chosen.set(seq, {
      seq,
      noteCount: noteCounts[seq] ?? 0,
      highlightCount: highlightCounts[seq] ?? 0,
      notes: [],
      highlights: [],
    });
  }
  firstOf(noteRowids, owners.noteDocument, chosen, (ranked) => ranked.notes);
  firstOf(highlightRowids, owners.highlightDocument, chosen, (ranked) => ranked.highlights);
  return [...chosen.values()];
};
