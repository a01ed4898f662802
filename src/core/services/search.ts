import type Database from 'better-sqlite3';
import type { SearchGroup, SearchHit, SearchResults } from '../../shared/search';
import {
  createSearchRepository,
  type DocumentTextRow,
  type HighlightHitRow,
  type NoteHitRow,
} from '../db/searchRepository';
import { parseQuery, toFtsQuery } from '../search/queryParser';
import { snippetAround, snippetOf } from '../search/snippet';
import { createMatcher, type MatchRange, type Matcher } from '../search/textMatch';

export const defaultLimit = 20;

/** At most this many hits per document come back; `total` tells how many there were. */
const hitsPerGroup = 5;

/** Two text hits closer than this would show the same snippet: the second is skipped. */
const textHitSpacing = 80;

interface Candidate {
  documentId: string;
  /** bm25 of the title and text, or null when only notes or highlights matched. */
  textScore: number | null;
  notes: NoteHitRow[];
  highlights: HighlightHitRow[];
  noteTotal: number;
  highlightTotal: number;
}

/**
 * Best first: the title and text's relevance (bm25, negated), raised by the best matching note
 * and highlight (the user's own words about the document) and a little by how many matched.
 */
const relevance = (candidate: Candidate): number => {
  const best = (rows: readonly { score: number }[]) =>
    rows.reduce((top, row) => Math.max(top, -row.score), 0);
  const annotationHits = candidate.noteTotal + candidate.highlightTotal;
  return (
    -(candidate.textScore ?? 0) +
    best(candidate.notes) +
    best(candidate.highlights) +
    Math.log1p(annotationHits) / 2
  );
};

const rangeOf = (row: {
  start: number | null;
  end: number | null;
  status: string | null;
}): { start: number | null; end: number | null } =>
  row.start === null || row.end === null || row.status === 'orphaned'
    ? { start: null, end: null }
    : { start: row.start, end: row.end };

/** A snippet of a note or a quote: around its first match, or its start (a tag matched). */
const annotationSnippet = (text: string, find: Matcher) => {
  const matches = find(text);
  return snippetAround(text, matches, matches[0] ?? [0, 0]);
};

/** The first matches at least `textHitSpacing` apart, so each shows another passage. */
const spreadOut = (matches: readonly MatchRange[], count: number): MatchRange[] => {
  const chosen: MatchRange[] = [];
  for (const match of matches) {
    if (chosen.length >= count) break;
    const last = chosen[chosen.length - 1];
    if (!last || match[0] - last[1] >= textHitSpacing) chosen.push(match);
  }
  return chosen;
};

const groupOf = (candidate: Candidate, doc: DocumentTextRow, find: Matcher): SearchGroup => {
  const noteHits = candidate.notes.map((note): SearchHit => ({
    kind: 'note',
    snippet: annotationSnippet(note.body, find),
    ...rangeOf(note),
    highlightId: note.highlightId,
    noteId: note.noteId,
  }));
  const highlightHits = candidate.highlights.map((highlight): SearchHit => ({
    kind: 'highlight',
    snippet: annotationSnippet(highlight.exact, find),
    ...rangeOf(highlight),
    highlightId: highlight.highlightId,
    noteId: null,
  }));
  const textMatches = find(doc.body);
  const room = Math.max(1, hitsPerGroup - noteHits.length - highlightHits.length);
  const textHits = spreadOut(textMatches, room).map((match): SearchHit => ({
    kind: 'text',
    snippet: snippetAround(doc.body, textMatches, match),
    start: match[0],
    end: match[1],
    highlightId: null,
    noteId: null,
  }));
  // The user's own notes and highlights are the rarest and most telling hits: they go first.
  const hits = [...noteHits, ...highlightHits, ...textHits];
  const total = textMatches.length + candidate.noteTotal + candidate.highlightTotal;
  if (hits.length === 0) {
    // Only the title matched (or a word the text finder folds differently from SQLite): the
    // title stands for the document, with nothing to mark in the text.
    const title = snippetOf(doc.title, find(doc.title));
    hits.push({
      kind: 'text',
      snippet: title,
      start: null,
      end: null,
      highlightId: null,
      noteId: null,
    });
  }
  return { documentId: doc.id, title: doc.title, hits, total: Math.max(total, hits.length) };
};

/** Search across the text, highlights and notes of the library, grouped by document. */
export const createSearchService = (db: Database.Database) => {
  const repository = createSearchRepository(db);

  const candidatesOf = (match: string): Candidate[] => {
    const byDocument = new Map<string, Candidate>();
    const candidate = (documentId: string): Candidate => {
      let found = byDocument.get(documentId);
      if (!found) {
        found = {
          documentId,
          textScore: null,
          notes: [],
          highlights: [],
          noteTotal: 0,
          highlightTotal: 0,
        };
        byDocument.set(documentId, found);
      }
      return found;
    };
    for (const row of repository.matchDocuments(match))
      candidate(row.documentId).textScore = row.score;
    for (const row of repository.matchNotes(match)) {
      const found = candidate(row.documentId);
      found.notes.push(row);
      found.noteTotal = row.total;
    }
    for (const row of repository.matchHighlights(match)) {
      const found = candidate(row.documentId);
      found.highlights.push(row);
      found.highlightTotal = row.total;
    }
    return [...byDocument.values()];
  };

  // One snapshot for all reads, so a write in between cannot pair a hit with another text.
  const read = db.transaction((match: string, limit: number) => {
    const ranked = candidatesOf(match)
      .map((candidate) => ({ candidate, score: relevance(candidate) }))
      .sort(
        (a, b) => b.score - a.score || a.candidate.documentId.localeCompare(b.candidate.documentId),
      )
      .slice(0, limit)
      .map(({ candidate }) => candidate);
    const texts = new Map(
      repository.texts(ranked.map((candidate) => candidate.documentId)).map((row) => [row.id, row]),
    );
    return { ranked, texts };
  });

  return {
    /**
     * The documents matching `query` (see search/queryParser.ts for its syntax), best first,
     * at most `limit`; an input with no words gives no groups.
     */
    query: (query: string, limit = defaultLimit): SearchResults => {
      const terms = parseQuery(query);
      const match = toFtsQuery(terms);
      if (match === null) return { query, groups: [] };
      const { ranked, texts } = read.deferred(match, limit);
      const find = createMatcher(terms);
      const groups: SearchGroup[] = [];
      for (const candidate of ranked) {
        const doc = texts.get(candidate.documentId);
        if (doc) groups.push(groupOf(candidate, doc, find));
      }
      return { query, groups };
    },
  };
};
