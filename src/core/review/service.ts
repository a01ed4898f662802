import { z } from 'zod';
import type Database from 'better-sqlite3';
import { pageBreakSchema } from '../../shared/model';
import { citePages } from '../../shared/pages';
import {
  fsrsCardSchema,
  reviewStates,
  type ExcludedHighlight,
  type FsrsCard,
  type ReviewCard,
  type ReviewCount,
  type ReviewLogEntry,
  type ReviewQueue,
  type ReviewRating,
  type ReviewSettings,
  type ReviewStatus,
} from '../../shared/review';
import { GlossError } from '../../shared/result';
import type { Store } from '../db/store';
import { highlightNotFound } from '../errors';
import { createSettingsRepository } from '../preferences/repository';
import { contextAround } from './context';
import { createReviewRepository, filterParams, type CardRow, type QueueRow } from './repository';
import { cardFrom, createScheduler, describeCard, gradeOf, newCard, ratingOf } from './scheduler';
import { createReviewSettings } from './settings';

export interface ReviewServiceOptions {
  now?: () => Date;
}

const storedPages = z.array(pageBreakSchema).catch([]);

/** The local day holding `now`: its first instant and the first of the next, as ISO strings. */
export const localDay = (now: Date): { start: string; end: string } => {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start: start.toISOString(), end: end.toISOString() };
};

const rowOf = (highlightId: string, documentId: string, card: FsrsCard): CardRow => ({
  highlightId,
  documentId,
  state: reviewStates.indexOf(card.state),
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsedDays,
  scheduledDays: card.scheduledDays,
  learningSteps: card.learningSteps,
  reps: card.reps,
  lapses: card.lapses,
  lastReview: card.lastReview,
});

const describeRow = (row: CardRow): FsrsCard => ({
  state: reviewStates[row.state] ?? 'new',
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  elapsedDays: row.elapsedDays,
  scheduledDays: row.scheduledDays,
  learningSteps: row.learningSteps,
  reps: row.reps,
  lapses: row.lapses,
  lastReview: row.lastReview,
});

/**
 * The daily review of highlights: today's queue as the settings shape it, ratings scheduled by
 * FSRS (each one transaction: the card and its log entry), exclusions and the exportable log.
 */
export const createReviewService = (
  db: Database.Database,
  store: Store,
  { now = () => new Date() }: ReviewServiceOptions = {},
) => {
  const repository = createReviewRepository(db);
  const settings = createReviewSettings(createSettingsRepository(db));
  const scheduler = createScheduler();

  /** Today's filters, end of day and how many new highlights may still join. */
  const today = () => {
    const current = settings.get();
    const day = localDay(now());
    const newLeft = Math.max(0, current.newPerDay - repository.startedSince(day.start));
    return { filters: filterParams(current), dayEnd: day.end, newLeft };
  };

  const toCard = (row: QueueRow, text: { body: string; pages: string } | undefined): ReviewCard => {
    const orphan = row.status === 'orphaned';
    // An orphan's position means nothing in the current text: it shows the words it had around.
    const context =
      orphan || !text
        ? { before: row.prefix, after: row.suffix }
        : contextAround(text.body, row.start, row.end);
    const pages =
      orphan || !text
        ? null
        : citePages(storedPages.parse(JSON.parse(text.pages)), row.start, row.end);
    return {
      highlightId: row.highlightId,
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      quote: row.exact,
      note: row.note,
      pages,
      context,
      status: row.status,
      color: row.color,
      tags: JSON.parse(row.tags) as string[],
      state: row.state === null ? 'new' : (reviewStates[row.state] ?? 'new'),
      due: row.due,
    };
  };

  const queue = (): ReviewQueue =>
    store.read(() => {
      const { filters, dayEnd, newLeft } = today();
      const due = repository.due(filters, dayEnd);
      const fresh = repository.fresh(filters, newLeft);
      const texts = new Map<string, { body: string; pages: string } | undefined>();
      const textOf = (documentId: string) => {
        if (!texts.has(documentId)) texts.set(documentId, repository.text(documentId));
        return texts.get(documentId);
      };
      const cards = [...due, ...fresh].map((row) => toCard(row, textOf(row.documentId)));
      return { cards, due: due.length, new: fresh.length };
    });

  const dueCount = (): ReviewCount =>
    store.read(() => {
      const { filters, dayEnd, newLeft } = today();
      const due = repository.countDue(filters, dayEnd);
      const fresh = repository.countNew(filters, newLeft);
      return { total: due + fresh, due, new: fresh };
    });

  const requireHighlight = (highlightId: string) => {
    const highlight = store.highlights.find(highlightId);
    if (!highlight) throw highlightNotFound(highlightId);
    return highlight;
  };

  const rate = (
    highlightId: string,
    rating: ReviewRating,
  ): { highlightId: string; card: FsrsCard } =>
    store.write(() => {
      const highlight = requireHighlight(highlightId);
      const at = now();
      const stored = repository.card(highlightId);
      const before = stored ? describeRow(stored) : describeCard(newCard(at));
      const after = describeCard(scheduler.next(cardFrom(before), at, gradeOf[rating]).card);
      repository.saveCard(rowOf(highlightId, highlight.documentId, after));
      repository.appendLog({
        highlightId,
        documentId: highlight.documentId,
        rating: gradeOf[rating],
        reviewedAt: at.toISOString(),
        cardBefore: JSON.stringify(before),
        cardAfter: JSON.stringify(after),
      });
      return { highlightId, card: after };
    });

  const exclude = (highlightId: string): ExcludedHighlight =>
    store.write(() => {
      const highlight = requireHighlight(highlightId);
      repository.exclude(highlightId, highlight.documentId, now().toISOString());
      const [excluded] = repository.excluded(highlightId);
      if (!excluded) throw highlightNotFound(highlightId);
      return excluded;
    });

  const include = (highlightId: string): { highlightId: string } =>
    store.write(() => {
      if (!repository.include(highlightId)) {
        throw new GlossError(
          'invalid_input',
          `The highlight "${highlightId}" is not excluded from review; nothing to take back.`,
        );
      }
      return { highlightId };
    });

  const status = (highlightId: string): ReviewStatus =>
    store.read(() => {
      requireHighlight(highlightId);
      const card = repository.card(highlightId);
      return {
        highlightId,
        excluded: repository.excluded(highlightId).length > 0,
        state: card ? (reviewStates[card.state] ?? 'new') : 'new',
        due: card?.due ?? null,
      };
    });

  const log = (): ReviewLogEntry[] =>
    repository.log().map((row) => ({
      highlightId: row.highlightId,
      documentId: row.documentId,
      documentTitle: row.documentTitle,
      rating: ratingOf(row.rating),
      reviewedAt: row.reviewedAt,
      before: fsrsCardSchema.parse(JSON.parse(row.cardBefore)),
      after: fsrsCardSchema.parse(JSON.parse(row.cardAfter)),
    }));

  return {
    queue,
    dueCount,
    rate,
    settings: (): ReviewSettings => settings.get(),
    updateSettings: (changes: Partial<ReviewSettings>): ReviewSettings =>
      store.write(() => settings.update(changes)),
    exclude,
    include,
    status,
    excluded: (): ExcludedHighlight[] => repository.excluded(),
    log,
  };
};

export type ReviewService = ReturnType<typeof createReviewService>;
