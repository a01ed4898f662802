import { z } from 'zod';
import { exportFormats, exportReportSchema, libraryImportReportSchema } from '../exchange';
import { documentId } from './fields';

/** Largest library JSON (W3C Web Annotation export) `library.importJson` accepts, in characters. */
export const maxLibraryJsonChars = 30_000_000;

/** Exports to disk, and reading a JSON export back. */
export const exportMethods = {
  /**
   * Writes an export to disk: Markdown into the folder `path` (one .md per document, plus
   * index.md when the whole library is exported), JSON (W3C Web Annotation) or CSV into the file
   * `path`. No documentIds = the whole library. Only Gloss's own files are ever replaced.
   * `exportedAt` pins the front matter's `exported` field (for byte-identical re-exports).
   */
  'export.write': {
    input: z
      .object({
        format: z.enum(exportFormats),
        path: z.string().trim().min(1, 'Choose where to export to.').max(4096),
        documentIds: z.array(documentId).min(1).max(100_000).optional(),
        exportedAt: z.iso.datetime().optional(),
      })
      .strict(),
    output: exportReportSchema,
  },
  /** Imports a JSON library export (W3C Web Annotation, with Gloss's extensions), keeping ids. */
  'library.importJson': {
    input: z
      .object({
        data: z.string().max(maxLibraryJsonChars, 'The file is larger than the 30 MB limit.'),
      })
      .strict(),
    output: libraryImportReportSchema,
  },
} as const;
