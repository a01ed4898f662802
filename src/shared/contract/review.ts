import { z } from 'zod';
import {
  excludedHighlightSchema,
  fsrsCardSchema,
  reviewCountSchema,
  reviewLogEntrySchema,
  reviewQueueSchema,
  reviewRatings,
  reviewSettingsSchema,
  reviewStatusSchema,
} from '../review';
import { recordId } from './fields';

/** The daily review of highlights, scheduled with FSRS (issue 15). */
export const reviewMethods = {
  /**
   * Today's review: highlights due by the end of the local day (earliest first), then new ones up
   * to the daily limit less those already started today, as the settings filter them. Excluded
   * highlights, deleted ones and those of documents in the Trash are never in it.
   */
  'review.queue': {
    input: z.object({}).strict(),
    output: reviewQueueSchema,
  },
  /** How many cards today's review holds (the top bar's "Review 12"). */
  'review.dueCount': {
    input: z.object({}).strict(),
    output: reviewCountSchema,
  },
  /**
   * Rates a highlight and schedules its next review with FSRS; the card and its log entry are
   * written in one transaction. Refuses a highlight that does not exist (deleted, or in the Trash).
   */
  'review.rate': {
    input: z.object({ highlightId: recordId, rating: z.enum(reviewRatings) }).strict(),
    output: z.object({ highlightId: z.string(), card: fsrsCardSchema }),
  },
  /** The review's settings, defaults filled in. */
  'review.settings': {
    input: z.object({}).strict(),
    output: reviewSettingsSchema,
  },
  /** Stores the given settings, keeping the others; answers them all. */
  'review.updateSettings': {
    input: reviewSettingsSchema.partial().strict(),
    output: reviewSettingsSchema,
  },
  /** Leaves a highlight out of the review ("Don't review this again"); its schedule is kept. */
  'review.exclude': {
    input: z.object({ highlightId: recordId }).strict(),
    output: excludedHighlightSchema,
  },
  /** Takes an excluded highlight back into the review. Refuses one that is not excluded. */
  'review.include': {
    input: z.object({ highlightId: recordId }).strict(),
    output: z.object({ highlightId: z.string() }),
  },
  /** Where one highlight stands in the review: left out or not, and its FSRS state and due time. */
  'review.status': {
    input: z.object({ highlightId: recordId }).strict(),
    output: reviewStatusSchema,
  },
  /** The highlights left out of the review, most recently excluded first. */
  'review.excluded': {
    input: z.object({}).strict(),
    output: z.array(excludedHighlightSchema),
  },
  /** Every rating, oldest first: the review log a user can export (`gloss review --log`). */
  'review.log': {
    input: z.object({}).strict(),
    output: z.array(reviewLogEntrySchema),
  },
} as const;
