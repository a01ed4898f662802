import { z } from 'zod';
import { anchorStatuses, highlightColors, tagsSchema } from './annotations';

/** The four answers to a card, in the order of their keys 1 to 4. */
export const reviewRatings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof reviewRatings)[number];

/** Where a highlight is in FSRS: never rated, being learnt, in review, or relearnt after a lapse. */
export const reviewStates = ['new', 'learning', 'review', 'relearning'] as const;
export type ReviewState = (typeof reviewStates)[number];

export const maxNewPerDay = 1000;

/** What the daily review shows; empty lists mean "all". */
export const reviewSettingsSchema = z.object({
  /** How many highlights never reviewed join each day's review. */
  newPerDay: z
    .number()
    .int('The number of new highlights a day is a whole number.')
    .min(0, 'The number of new highlights a day cannot be negative.')
    .max(maxNewPerDay, `At most ${maxNewPerDay} new highlights a day.`),
  /** Only highlights carrying one of these tags (on the highlight or its note). */
  tags: tagsSchema,
  /** Only highlights of these documents. */
  documentIds: z.array(z.string().min(1).max(64)).max(1000, 'At most 1000 documents.'),
  /** Only highlights of these colours. */
  colors: z.array(z.enum(highlightColors)).max(highlightColors.length),
  /** Show the note only once the reader asks (Space). */
  hideNotes: z.boolean(),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const defaultReviewSettings: ReviewSettings = {
  newPerDay: 10,
  tags: [],
  documentIds: [],
  colors: [],
  hideNotes: false,
};

/** One highlight to review, with what the reader needs to recall it. */
export const reviewCardSchema = z.object({
  highlightId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  /** The highlighted words (an orphan's words as they were when it was last placed). */
  quote: z.string(),
  /** The highlight's note (Markdown), or null. */
  note: z.string().nullable(),
  /** `p. 12` or `pp. 12–13` where the document has pages; null otherwise and for an orphan. */
  pages: z.string().nullable(),
  /** The words around the quote in the text (an orphan's as they were). */
  context: z.object({ before: z.string(), after: z.string() }),
  status: z.enum(anchorStatuses),
  color: z.enum(highlightColors),
  tags: tagsSchema,
  state: z.enum(reviewStates),
  /** When FSRS scheduled it (ISO); null for a new highlight. */
  due: z.string().nullable(),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** Today's review: highlights due by the end of the day, then new ones up to the daily limit. */
export const reviewQueueSchema = z.object({
  cards: z.array(reviewCardSchema),
  /** How many cards are due (reviewed before) and how many are new, of `cards`. */
  due: z.number().int(),
  new: z.number().int(),
});
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

export const reviewCountSchema = z.object({
  /** Cards left in today's review: `due + new`. */
  total: z.number().int(),
  due: z.number().int(),
  new: z.number().int(),
});
export type ReviewCount = z.infer<typeof reviewCountSchema>;

/** A card's FSRS state as ts-fsrs keeps it, dates as ISO strings. */
export const fsrsCardSchema = z.object({
  state: z.enum(reviewStates),
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  lastReview: z.string().nullable(),
});
export type FsrsCard = z.infer<typeof fsrsCardSchema>;

/** One rating, as the review log keeps it. */
export const reviewLogEntrySchema = z.object({
  highlightId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  rating: z.enum(reviewRatings),
  reviewedAt: z.string(),
  before: fsrsCardSchema,
  after: fsrsCardSchema,
});
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>;

/** A highlight left out of the review. */
export const excludedHighlightSchema = z.object({
  highlightId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  quote: z.string(),
  excludedAt: z.string(),
});
export type ExcludedHighlight = z.infer<typeof excludedHighlightSchema>;

/** Where one highlight stands in the review. */
export const reviewStatusSchema = z.object({
  highlightId: z.string(),
  excluded: z.boolean(),
  state: z.enum(reviewStates),
  /** When it is next due (ISO); null while new. */
  due: z.string().nullable(),
});
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
