import { z } from 'zod';
import { exportFormats, exportReportSchema, libraryImportReportSchema } from '../exchange';
import { citationStyles } from '../citations/styles';
import { exportJobSchema } from '../exportJobs';
import { highlightColors } from '../annotations';
import { documentId } from './fields';

/**
 * Largest library JSON (W3C Web Annotation export) `library.importJson` accepts, in characters:
 * room for the whole export of a 10,000-document library (about 220 MB, issue 21), and well
 * under the longest string V8 can hold (about 536 million characters).
 */
export const maxLibraryJsonChars = 300_000_000;
/** The same limit as the messages say it. */
export const libraryJsonLimit = '300 MB';

const exportInput = z
  .object({
    format: z.enum(exportFormats),
    path: z.string().trim().min(1, 'Choose where to export to.').max(4096),
    documentIds: z.array(documentId).min(1).max(100_000).optional(),
    exportedAt: z.iso.datetime().optional(),
    /** The CSL style of index.md's bibliography (default apa). */
    citationStyle: z.enum(citationStyles).optional(),
    /** False leaves the Pandoc citations off the quotes (default true). */
    citations: z.boolean().optional(),
    overwrite: z.boolean().optional(),
    /** Anki: only the highlights of these colours (all when absent). */
    highlightColors: z
      .array(z.enum(highlightColors))
      .min(1, 'Choose at least one colour.')
      .max(highlightColors.length)
      .optional(),
  })
  .strict();

const jobId = z.string().min(1).max(64);

/** Exports to disk, and reading a JSON export back. */
export const exportMethods = {
  /**
   * Writes an export to disk: Markdown into the folder `path` (one .md per document, plus
   * index.md when the whole library is exported), JSON (W3C Web Annotation) or CSV into the file
   * `path`. No documentIds = the whole library. Only Gloss's own files are replaced: in the
   * folder, files whose front matter has the `gloss` key (and the manifest); as the JSON or CSV
   * file, one Gloss exported. Any other existing file is refused with `would_overwrite` unless
   * `overwrite: true` (for JSON and CSV, after the user confirmed). New files are created 0600;
   * replaced ones keep their mode. `exportedAt` pins the front matter's `exported` field (for
   * byte-identical re-exports).
   */
  'export.write': {
    input: exportInput,
    output: exportReportSchema,
  },
  /**
   * Starts the same export as export.write in the background and answers its job at once;
   * export.status follows it (documents done, current title) and export.cancel stops it. A
   * target the export cannot write to is refused here, before anything starts. A cancelled
   * export leaves the destination as it was: files are written aside and swapped in at the end.
   */
  'export.start': {
    input: exportInput,
    output: exportJobSchema,
  },
  'export.status': {
    input: z.object({ jobId }).strict(),
    output: exportJobSchema,
  },
  /** Asks the export to stop; answers its status (cancelled, or done if it had finished). */
  'export.cancel': {
    input: z.object({ jobId }).strict(),
    output: exportJobSchema,
  },
  /** Imports a JSON library export (W3C Web Annotation, with Gloss's extensions), keeping ids. */
  'library.importJson': {
    input: z
      .object({
        data: z
          .string()
          .max(maxLibraryJsonChars, `The file is larger than the ${libraryJsonLimit} limit.`),
      })
      .strict(),
    output: libraryImportReportSchema,
  },
} as const;
