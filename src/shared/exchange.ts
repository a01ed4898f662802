import { z } from 'zod';

/** What an export can produce: Markdown notes, W3C Web Annotation JSON, or CSV for spreadsheets. */
export const exportFormats = ['markdown', 'json', 'csv', 'anki'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportReportSchema = z.object({
  format: z.enum(exportFormats),
  /** The folder (Markdown) or file (JSON, CSV) written. */
  path: z.string(),
  /** Every file written, absolute paths, sorted. */
  written: z.array(z.string()),
  /** Files of an earlier Gloss export in that folder that no longer belong to it, removed. */
  removed: z.array(z.string()),
  documentCount: z.number().int().nonnegative(),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

export const libraryImportReportSchema = z.object({
  documents: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  /** Documents already in the library (same id), left as they were. */
  skipped: z.number().int().nonnegative(),
});
export type LibraryImportReport = z.infer<typeof libraryImportReportSchema>;
