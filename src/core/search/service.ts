import type Database from 'better-sqlite3';
import type { SearchGroup, SearchHit, SearchResults } from '../../shared/search';
import {
  createSearchRepository,
  type DocumentTextRow,
  type HighlightRow,
  type NoteRow,
} from './repository';
import { createOwnerIndex } from './ownerIndex';
import { createBackgroundReader } from './backgroundReader';
import { rankDocuments, type Ranked } from './ranking';
import { parseQuery, toFtsQuery } from './queryParser';
import { snippetAround, snippetOf } from './snippet';
import { createMatcher, type MatchRange, type Matcher } from './textMatch';

export const defaultLimit = 20;

/** At most this many hits per document come back; `total` tells how many there were. */
const hitsPerGroup = 5;

/** Two text hits closer than this would show the same snippet: the second is skipped. */
const textHitSpacing = 80;

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
  texts: Map<number, DocumentTextRow>;
  notes: Map<number, NoteRow>;
  highlights: Map<number, HighlightRow>;
}

const groupOf = (ranked: Ranked, loaded: Loaded, find: Matcher): SearchGroup | null => {
  const doc = loaded.texts.get(ranked.seq);
  if (!doc) return null;
  const noteHits = ranked.notes.flatMap((seq): SearchHit[] => {
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
  const highlightHits = ranked.highlights.flatMap((rowid): SearchHit[] => {
    const highlight = loaded.highlights.get(rowid);
    if (!highlight) return [];
    return [
      {
        kind: 'highlight',
        snippet: annotationSnippet(highlight.exact, find),
        ...rangeOf(highlight),
        highlightId: highlight.highlightId,
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
  const total = textMatches.length + ranked.noteCount + ranked.highlightCount;
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

/**
 * Search across the text, highlights and notes of the library, grouped by document.
 *
 * With `idle` (the app's request activity), the owner index is also read ahead once the app
 * has been quiet a while after opening, so a user's first search, seconds later, maps its
 * matches in memory; never before the first screen's requests, nor amid a user's clicks.
 */
export const createSearchService = (db: Database.Database, idle?: { quiet: () => boolean }) => {
  const repository = createSearchRepository(db);
  const owners = createOwnerIndex(repository);
  const readInBackground = createBackgroundReader(db, owners, idle);

  // One snapshot for all reads, so a write in between cannot pair a hit with another text.
  const read = db.transaction((match: string, limit: number) => {
    const ranked = rankDocuments(repository, owners.ownersOf, match, limit);
    const loaded: Loaded = {
      texts: new Map(repository.texts(ranked.map((r) => r.seq)).map((row) => [row.seq, row])),
      notes: new Map(repository.notes(ranked.flatMap((r) => r.notes)).map((row) => [row.seq, row])),
      highlights: new Map(
        repository.highlights(ranked.flatMap((r) => r.highlights)).map((row) => [row.rowid, row]),
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
      readInBackground();
      const find = createMatcher(terms);
      const groups = ranked.flatMap((r) => groupOf(r, loaded, find) ?? []);
      return { query, groups };
    },
  };
};
