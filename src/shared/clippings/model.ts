import { z } from 'zod';
import { highlightColors, tagsSchema } from '../annotations';

/**
 * Highlights made elsewhere (a Kindle, KOReader, Readwise), as a file read them: books, each
 * with its highlights in reading order, notes attached. What the parsers hand to the import.
 */

export const clippingsFormats = [
  'kindle',
  'koreader-json',
  'koreader-markdown',
  'readwise',
] as const;
export type ClippingsFormat = (typeof clippingsFormats)[number];

/** How each format is named to the user, and the source of the documents it makes. */
export const clippingsFormatNames: Record<ClippingsFormat, string> = {
  kindle: 'Kindle clippings',
  'koreader-json': 'KOReader highlights',
  'koreader-markdown': 'KOReader highlights',
  readwise: 'Readwise export',
};

/** Where a highlight sat in the book: an order key (a Kindle location, a page's number...). */
export const clippedHighlightSchema = z.object({
  quote: z.string().min(1),
  note: z.string().nullable(),
  /** The printed page, as the device gave it (`12`, `xiv`); null where unknown. */
  page: z.string().nullable(),
  /** A Kindle location range or another position in the book; orders the highlights. */
  location: z.object({ start: z.number(), end: z.number() }).nullable(),
  /** ISO date-time when it was made; null where the file does not say. */
  addedAt: z.string().nullable(),
  color: z.enum(highlightColors),
  tags: tagsSchema,
});
export type ClippedHighlight = z.infer<typeof clippedHighlightSchema>;

export const clippedBookSchema = z.object({
  title: z.string().min(1),
  author: z.string().nullable(),
  /** In reading order, duplicates merged. */
  highlights: z.array(clippedHighlightSchema),
  /** Notes written where no highlight is: they become document notes. */
  notes: z.array(z.string()),
});
export type ClippedBook = z.infer<typeof clippedBookSchema>;

export const parsedClippingsSchema = z.object({
  format: z.enum(clippingsFormats),
  books: z.array(clippedBookSchema),
  /** Bookmarks read and left out: they hold no text. */
  bookmarks: z.number().int().nonnegative(),
  /** Duplicate clippings (a highlight extended on the device) merged into the longest. */
  merged: z.number().int().nonnegative(),
});
export type ParsedClippings = z.infer<typeof parsedClippingsSchema>;

/** What one book got from an import. */
export const clippingsBookReportSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  author: z.string().nullable(),
  /** True when the book was new to the library; false when highlights joined its document. */
  created: z.boolean(),
  highlightsAdded: z.number().int().nonnegative(),
  notesAdded: z.number().int().nonnegative(),
  /** Highlights (and notes) already in the document: left as they are. */
  skipped: z.number().int().nonnegative(),
});
export type ClippingsBookReport = z.infer<typeof clippingsBookReportSchema>;

export const clippingsReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(clippingsFormats),
  books: z.array(clippingsBookReportSchema),
  highlightsAdded: z.number().int().nonnegative(),
  notesAdded: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  bookmarks: z.number().int().nonnegative(),
  merged: z.number().int().nonnegative(),
});
export type ClippingsReport = z.infer<typeof clippingsReportSchema>;
