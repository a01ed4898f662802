import { z } from 'zod';

export const blockKinds = ['heading', 'paragraph', 'quote', 'listItem'] as const;

export const blockSchema = z.object({
  kind: z.enum(blockKinds),
  /** Heading level, 2..6 for section headings; the document title is metadata, not a block. */
  level: z.number().int().min(1).max(6).optional(),
  text: z.string(),
});
export type Block = z.infer<typeof blockSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Where the text came from: a file name, a URL, or "Pasted text". */
  source: z.string(),
  addedAt: z.string(),
  openedAt: z.string().nullable(),
  charCount: z.number().int().nonnegative(),
  highlightCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
  /** Distinct visible entities of the current text; null until it has been extracted. */
  entityCount: z.number().int().nonnegative().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentSchema = documentSummarySchema.extend({
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  blocks: z.array(blockSchema),
});
export type GlossDocument = z.infer<typeof documentSchema>;

/** A document in the Trash: restorable until the Trash is emptied. */
export const trashedDocumentSchema = documentSummarySchema.extend({ deletedAt: z.string() });
export type TrashedDocument = z.infer<typeof trashedDocumentSchema>;
