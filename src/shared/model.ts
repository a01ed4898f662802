import { z } from 'zod';

export const blockKinds = ['heading', 'paragraph', 'quote', 'listItem'] as const;

export const blockSchema = z.object({
  kind: z.enum(blockKinds),
  /** Heading level, 2..6 for section headings; the document title is metadata, not a block. */
  level: z.number().int().min(1).max(6).optional(),
  text: z.string(),
});
export type Block = z.infer<typeof blockSchema>;

/** What a document was imported from; older libraries' documents read as their file type. */
export const documentFormats = ['text', 'markdown', 'html', 'pdf', 'epub'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/**
 * Where a page of the original (a PDF's page) begins in the canonical text, and what the page
 * calls itself (its printed label, "iv" or "12", else its number). Sorted by start.
 */
export const pageBreakSchema = z.object({
  start: z.number().int().nonnegative(),
  label: z.string(),
});
export type PageBreak = z.infer<typeof pageBreakSchema>;

/** An entry of a book's table of contents (an EPUB's nav or NCX, a PDF's outline). */
export const tocEntrySchema = z.object({
  title: z.string(),
  level: z.number().int().min(1).max(6),
  /** Where the entry's part begins in the canonical text. */
  start: z.number().int().nonnegative(),
});
export type TocEntry = z.infer<typeof tocEntrySchema>;

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
  /** Added with PDF and EPUB import: what the document was imported from. */
  format: z.enum(documentFormats).optional(),
  /** A PDF's number of pages; null for other formats. */
  pageCount: z.number().int().nonnegative().nullable().optional(),
  /** An EPUB's number of chapters (spine documents with text); null for other formats. */
  chapterCount: z.number().int().nonnegative().nullable().optional(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const documentSchema = documentSummarySchema.extend({
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  blocks: z.array(blockSchema),
  /** A book's language as its metadata gives it (EPUB); null when unknown. */
  language: z.string().nullable().optional(),
  /** A PDF's page breaks in the current text; empty for text without pages. */
  pages: z.array(pageBreakSchema).optional(),
  /** A book's table of contents; empty when it has none. */
  toc: z.array(tocEntrySchema).optional(),
});
export type GlossDocument = z.infer<typeof documentSchema>;

/** A document in the Trash: restorable until the Trash is emptied. */
export const trashedDocumentSchema = documentSummarySchema.extend({ deletedAt: z.string() });
export type TrashedDocument = z.infer<typeof trashedDocumentSchema>;
