import { z } from 'zod';
import { replaceTextReportSchema } from './annotations';
import { documentSummarySchema } from './model';

export const followVerdicts = ['kept', 'followed', 'edited', 'orphaned'] as const;

const place = z.object({ start: z.number().int(), end: z.number().int() });

/** What a new version does (or would do) to one highlight. */
export const highlightChangeSchema = z.object({
  id: z.string(),
  /** The quote before the update. */
  quote: z.string(),
  before: place.nullable(),
  /** Null for an orphan. */
  after: place.nullable(),
  /** The quote on the new text (null for an orphan). */
  newQuote: z.string().nullable(),
  verdict: z.enum(followVerdicts),
});
export type HighlightChange = z.infer<typeof highlightChangeSchema>;

/** The answer of documents.updateFromFile: with dryRun, what would happen; nothing is stored. */
export const fileUpdateSchema = z.object({
  document: documentSummarySchema,
  report: replaceTextReportSchema,
  changes: z.array(highlightChangeSchema),
  dryRun: z.boolean(),
});
export type FileUpdate = z.infer<typeof fileUpdateSchema>;

export const matchReasons = ['file name', 'canonical URL', 'title and author'] as const;

/** A document of the library an imported file may be a new version of. */
export const updateTargetSchema = z.object({
  match: documentSummarySchema.nullable(),
  reason: z.enum(matchReasons).nullable(),
});
export type UpdateTarget = z.infer<typeof updateTargetSchema>;
