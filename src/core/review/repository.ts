import type Database from 'better-sqlite3';
import type { AnchorStatus, HighlightColor } from '../../shared/annotations';
import type { ExcludedHighlight, ReviewSettings } from '../../shared/review';

/** A card as stored in `review_cards` (migration 9): ts-fsrs's fields, dates as ISO text. */
export interface CardRow {
  highlightId: string;
  documentId: string;
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
}

/** A highlight in today's review, with its document's title, its note and its card if rated. */
export interface QueueRow {
  highlightId: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  color: HighlightColor;
  tags: string;
  note: string | null;
  state: number | null;
  due: string | null;
}

export interface LogRow {
  highlightId: string;
  documentId: string;
  documentTitle: string;
  rating: number;
  reviewedAt: string;
  cardBefore: string;
  cardAfter: string;
}

/** The settings' filters as SQL parameters (JSON arrays; an empty one lets everything through). */
interface FilterParams {
  tags: string;
  documentIds: string;
  colors: string;
}

export const filterParams = (settings: ReviewSettings): FilterParams => ({
  tags: JSON.stringify(settings.tags),
  documentIds: JSON.stringify(settings.documentIds),
  colors: JSON.stringify(settings.colors),
});

const queueColumns = `h.id AS highlightId, h.document_id AS documentId, d.title AS documentTitle,
  h.start, h."end", h.exact, h.prefix, h.suffix, h.status, h.color, h.tags, n.body AS note,
  c.state, c.due`;

// Highlights of documents in the library (not the Trash), not excluded, as the settings filter
// them: by document, colour, and a tag on the highlight or on its note. CROSS JOIN fixes the
// order SQLite reads the tables in: due cards from their card's due time (review_cards_by_due),
// new highlights oldest first (highlights_by_creation), so neither walks the whole library
// by document first, which the planner would otherwise pick.
const reviewable = (tables: string) => `FROM ${tables}
  CROSS JOIN documents d ON d.id = h.document_id AND d.deleted_at IS NULL
  LEFT JOIN notes n ON n.highlight_id = h.id
  WHERE h.id NOT IN (SELECT highlight_id FROM review_exclusions)
    AND (@documentIds = '[]' OR h.document_id IN (SELECT value FROM json_each(@documentIds)))
    AND (@colors = '[]' OR h.color IN (SELECT value FROM json_each(@colors)))
    AND (@tags = '[]'
      OR EXISTS (SELECT 1 FROM json_each(h.tags) WHERE value IN (SELECT value FROM json_each(@tags)))
      OR EXISTS (SELECT 1 FROM json_each(n.tags) WHERE value IN (SELECT value FROM json_each(@tags))))`;

const due = `${reviewable(
  `review_cards c INDEXED BY review_cards_by_due CROSS JOIN highlights h ON h.id = c.highlight_id`,
)} AND c.state > 0 AND c.due < @dayEnd`;
const fresh = `${reviewable(
  `highlights h INDEXED BY highlights_by_creation
    LEFT JOIN review_cards c ON c.highlight_id = h.id`,
)} AND (c.highlight_id IS NULL OR c.state = 0) ORDER BY h.created_at, h.id`;

const cardColumns = `highlight_id AS highlightId, document_id AS documentId, state, due, stability,
  difficulty, elapsed_days AS elapsedDays, scheduled_days AS scheduledDays,
  learning_steps AS learningSteps, reps, lapses, last_review AS lastReview`;

/** The SQL of the daily review (migration 9), prepared once per connection. */
export const createReviewRepository = (db: Database.Database) => {
  const statements = {
    due: db.prepare<[FilterParams & { dayEnd: string }], QueueRow>(
      `SELECT ${queueColumns} ${due} ORDER BY c.due, h.id`,
    ),
    fresh: db.prepare<[FilterParams & { limit: number }], QueueRow>(
      `SELECT ${queueColumns} ${fresh} LIMIT @limit`,
    ),
    countDue: db.prepare<[FilterParams & { dayEnd: string }], { n: number }>(
      `SELECT count(*) AS n ${due}`,
    ),
    countNew: db.prepare<[FilterParams & { limit: number }], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 ${fresh} LIMIT @limit)`,
    ),
    // Highlights first rated since the start of the day: they used up today's new ones.
    startedSince: db.prepare<[string], { n: number }>(
      `SELECT count(DISTINCT highlight_id) AS n FROM review_log
       WHERE reviewed_at >= ? AND json_extract(card_before, '$.state') = 'new'`,
    ),
    card: db.prepare<[string], CardRow>(
      `SELECT ${cardColumns} FROM review_cards WHERE highlight_id = ?`,
    ),
    saveCard: db.prepare<[CardRow]>(
      `INSERT INTO review_cards (highlight_id, document_id, state, due, stability, difficulty,
         elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review)
       VALUES (@highlightId, @documentId, @state, @due, @stability, @difficulty, @elapsedDays,
         @scheduledDays, @learningSteps, @reps, @lapses, @lastReview)
       ON CONFLICT (highlight_id) DO UPDATE SET state = excluded.state, due = excluded.due,
         stability = excluded.stability, difficulty = excluded.difficulty,
         elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
         learning_steps = excluded.learning_steps, reps = excluded.reps,
         lapses = excluded.lapses, last_review = excluded.last_review`,
    ),
    appendLog: db.prepare<[Omit<LogRow, 'documentTitle'>]>(
      `INSERT INTO review_log (highlight_id, document_id, rating, reviewed_at, card_before,
         card_after)
       VALUES (@highlightId, @documentId, @rating, @reviewedAt, @cardBefore, @cardAfter)`,
    ),
    log: db.prepare<[], LogRow>(
      `SELECT l.highlight_id AS highlightId, l.document_id AS documentId,
         d.title AS documentTitle, l.rating, l.reviewed_at AS reviewedAt,
         l.card_before AS cardBefore, l.card_after AS cardAfter
       FROM review_log l JOIN documents d ON d.id = l.document_id ORDER BY l.seq`,
    ),
    exclude: db.prepare<[{ highlightId: string; documentId: string; excludedAt: string }]>(
      `INSERT INTO review_exclusions (highlight_id, document_id, excluded_at)
       VALUES (@highlightId, @documentId, @excludedAt) ON CONFLICT (highlight_id) DO NOTHING`,
    ),
    include: db.prepare<[string]>(`DELETE FROM review_exclusions WHERE highlight_id = ?`),
    // Only highlights that still exist in the library: a deleted one has nothing to take back.
    excluded: db.prepare<[{ highlightId: string | null }], ExcludedHighlight>(
      `SELECT x.highlight_id AS highlightId, x.document_id AS documentId,
         d.title AS documentTitle, h.exact AS quote, x.excluded_at AS excludedAt
       FROM review_exclusions x
       JOIN highlights h ON h.id = x.highlight_id
       JOIN documents d ON d.id = x.document_id AND d.deleted_at IS NULL
       WHERE @highlightId IS NULL OR x.highlight_id = @highlightId
       ORDER BY x.excluded_at DESC, x.highlight_id`,
    ),
    text: db.prepare<[string], { body: string; pages: string }>(
      `SELECT body, pages FROM documents WHERE id = ?`,
    ),
  };

  return {
    due: (filters: FilterParams, dayEnd: string): QueueRow[] =>
      statements.due.all({ ...filters, dayEnd }),
    fresh: (filters: FilterParams, limit: number): QueueRow[] =>
      statements.fresh.all({ ...filters, limit }),
    countDue: (filters: FilterParams, dayEnd: string): number =>
      statements.countDue.get({ ...filters, dayEnd })?.n ?? 0,
    countNew: (filters: FilterParams, limit: number): number =>
      statements.countNew.get({ ...filters, limit })?.n ?? 0,
    startedSince: (since: string): number => statements.startedSince.get(since)?.n ?? 0,
    card: (highlightId: string): CardRow | undefined => statements.card.get(highlightId),
    saveCard: (card: CardRow): void => {
      statements.saveCard.run(card);
    },
    appendLog: (entry: Omit<LogRow, 'documentTitle'>): void => {
      statements.appendLog.run(entry);
    },
    log: (): LogRow[] => statements.log.all(),
    exclude: (highlightId: string, documentId: string, excludedAt: string): void => {
      statements.exclude.run({ highlightId, documentId, excludedAt });
    },
    /** False when the highlight was not excluded. */
    include: (highlightId: string): boolean => statements.include.run(highlightId).changes > 0,
    excluded: (highlightId: string | null = null): ExcludedHighlight[] =>
      statements.excluded.all({ highlightId }),
    text: (documentId: string) => statements.text.get(documentId),
  };
};

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
