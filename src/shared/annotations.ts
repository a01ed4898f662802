import { z } from 'zod';
import { textQuoteSelectorSchema } from './anchoring';
import { maxTags, tagRuleProblem } from './tags';

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof highlightColors)[number];

export const anchorStatuses = ['anchored', 'moved', 'orphaned'] as const;
export type AnchorStatus = (typeof anchorStatuses)[number];

const tagSchema = z
  .string()
  .trim()
  .superRefine((tag, context) => {
    const problem = tagRuleProblem(tag);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
export const tagsSchema = z.array(tagSchema).max(maxTags, `At most ${maxTags} tags.`);

const offset = z.number().int().nonnegative();

/**
 * A highlight as stored: its current position in the canonical text (meaningless while
 * orphaned), the W3C quote selector it re-anchors from, and how the last anchoring went.
 */
export const highlightSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  start: offset,
  end: offset,
  quote: textQuoteSelectorSchema,
  color: z.enum(highlightColors),
  tags: tagsSchema,
  status: z.enum(anchorStatuses),
  /**
   * Set when a new version of the text changed some of the highlight's words and it followed
   * the rest: the quote as it was before (the highlight's quote is its new text). Null once the
   * user keeps the new words or re-attaches it, and for every highlight never so edited.
   */
  editedFrom: z.string().min(1).nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Highlight = z.infer<typeof highlightSchema>;

/** A Markdown note on one highlight, or on the whole document when highlightId is null. */
export const noteSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  highlightId: z.string().nullable(),
  body: z.string().max(1_000_000),
  tags: tagsSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const annotationsSchema = z.object({
  /** In reading order; orphans last, in creation order. */
  highlights: z.array(highlightSchema),
  notes: z.array(noteSchema),
});
export type Annotations = z.infer<typeof annotationsSchema>;

/** What delete returns, so undo can put back exactly what was removed. */
export const removedHighlightSchema = z.object({
  highlight: highlightSchema,
  note: noteSchema.nullable(),
});
export type RemovedHighlight = z.infer<typeof removedHighlightSchema>;

/**
 * What a new version of the text did to the document's highlights. anchored / moved / orphaned:
 * by position (unmoved, elsewhere or edited, lost). kept / followed / edited (and orphaned): by
 * words: all its words there, its passage moved and found verbatim, some of its words changed.
 */
export const replaceTextReportSchema = z.object({
  anchored: z.number().int(),
  moved: z.number().int(),
  orphaned: z.number().int(),
  kept: z.number().int(),
  followed: z.number().int(),
  edited: z.number().int(),
});
export type ReplaceTextReport = z.infer<typeof replaceTextReportSchema>;
