import type Database from 'better-sqlite3';
import type { SearchGroup, SearchHit, SearchResults } from '../../shared/search';
import {
  createSearchRepository,
  type DocumentTextRow,
  type HighlightRow,
  type NoteRow,
} from './repository';
import { createOwnerIndex, type OwnerIndex } from './ownerIndex';
import { topRanked } from './topRanked';
import { parseQuery, toFtsQuery } from './queryParser';
import { snippetAround, snippetOf } from './snippet';
import { createMatcher, type MatchRange, type Matcher } from './textMatch';

export const defaultLimit = 20;

/** At most this many hits per document come back; `total` tells how many there were. */
const hitsPerGroup = 5;

/** Notes, and highlights, shown per document at most (before its text hits). */
const annotationHitsPerGroup = 2;

/** Two text hits closer than this would show the same snippet: the second is skipped. */
const textHitSpacing = 80;

interface Candidate {
  documentId: string;
  /** bm25 of the title and text, or null when only notes or highlights matched. */
  textScore: number | null;
  /** Matching notes (notes.seq) and highlights (ids), oldest first. */
  notes: number[];
  highlights: string[];
}

/**
 * Best first: the title and text's relevance (bm25, negated), raised by how many of the user's
 * notes and highlights of the document match: their own words about it weigh a lot.
 */
const relevance = ({ textScore, notes, highlights }: Candidate): number =>
  -(textScore ?? 0) + 2 * Math.log1p(notes.length) + Math.log1p(highlights.length);

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

/** What the chosen documents' groups are made of, read in the same snapshot as the ranking. */
interface Loaded {
  texts: Map<string, DocumentTextRow>;
  notes: Map<number, NoteRow>;
  highlights: Map<string, HighlightRow>;
}

const groupOf = (candidate: Candidate, loaded: Loaded, find: Matcher): SearchGroup | null => {
  const doc = loaded.texts.get(candidate.documentId);
  if (!doc) return null;
  const noteHits = candidate.notes.slice(0, annotationHitsPerGroup).flatMap((seq): SearchHit[] => {
    const note = loaded.notes.get(seq);
    if (!note) return [];
    const { noteId, highlightId, body } = note;
    return [
      {
        kind: 'note',
        snippet: annotationSnippet(body, find),
        ...rangeOf(note),
        highlightId,
        noteId,
      },
    ];
  });
  const highlightHits = candidate.highlights
    .slice(0, annotationHitsPerGroup)
    .flatMap((id): SearchHit[] => {
      const highlight = loaded.highlights.get(id);
      if (!highlight) return [];
      return [
        {
          kind: 'highlight',
          snippet: annotationSnippet(highlight.exact, find),
          ...rangeOf(highlight),
          highlightId: id,
          noteId: null,
        },
      ];
    });
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
  const total = textMatches.length + candidate.notes.length + candidate.highlights.length;
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

interface Scored {
  candidate: Candidate;
  score: number;
}

/**
 * Best first; ties by document id, compared as code units (ids are UUIDs, whose code-unit order
 * is their collation order): a common tag ties thousands of documents, and a collator's
 * comparison of each took tens of milliseconds at 10,000 documents.
 */
const ranksBefore = (a: Scored, b: Scored): boolean =>
  a.score > b.score || (a.score === b.score && a.candidate.documentId < b.candidate.documentId);

/** Search across the text, highlights and notes of the library, grouped by document. */
export const createSearchService = (db: Database.Database) => {
  const repository = createSearchRepository(db);
  const ownerIndex = createOwnerIndex(repository);

  const candidatesOf = (match: string, owners: OwnerIndex): Candidate[] => {
    const byDocument = new Map<string, Candidate>();
    const candidate = (documentId: string): Candidate => {
      let found = byDocument.get(documentId);
      if (!found) {
        found = { documentId, textScore: null, notes: [], highlights: [] };
        byDocument.set(documentId, found);
      }
      return found;
    };
    for (const { seq, score } of repository.matchDocuments(match)) {
      const documentId = owners.document.get(seq);
      if (documentId !== undefined && !owners.trashed.has(documentId)) {
        candidate(documentId).textScore = score;
      }
    }
    for (const seq of repository.matchNotes(match)) {
      const documentId = owners.noteDocument.get(seq);
      if (documentId !== undefined && !owners.trashed.has(documentId)) {
        candidate(documentId).notes.push(seq);
      }
    }
    for (const rowid of repository.matchHighlights(match)) {
      const owner = owners.highlight.get(rowid);
      if (owner && !owners.trashed.has(owner.documentId)) {
        candidate(owner.documentId).highlights.push(owner.highlightId);
      }
    }
    return [...byDocument.values()];
  };

  // One snapshot for all reads, so a write in between cannot pair a hit with another text.
  const read = db.transaction((match: string, limit: number) => {
    const scored = candidatesOf(match, ownerIndex()).map((candidate): Scored => ({
      candidate,
      score: relevance(candidate),
    }));
    const ranked = topRanked(scored, limit, ranksBefore).map(({ candidate }) => candidate);
    const shown = <T>(pick: (candidate: Candidate) => T[]): T[] =>
      ranked.flatMap((candidate) => pick(candidate).slice(0, annotationHitsPerGroup));
    const loaded: Loaded = {
      texts: new Map(repository.texts(ranked.map((c) => c.documentId)).map((r) => [r.id, r])),
      notes: new Map(repository.notes(shown((c) => c.notes)).map((r) => [r.seq, r])),
      highlights: new Map(
        repository.highlights(shown((c) => c.highlights)).map((r) => [r.highlightId, r]),
      ),
    };
    return { ranked, loaded };
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
      const { ranked, loaded } = read.deferred(match, limit);
      const find = createMatcher(terms);
      const groups = ranked.flatMap((candidate) => groupOf(candidate, loaded, find) ?? []);
      return { query, groups };
    },
  };
};
