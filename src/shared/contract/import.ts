import { z } from 'zod';
import { documentSummarySchema } from '../model';
import { replaceTextReportSchema } from '../annotations';
import { fileUpdateSchema, updateTargetSchema } from '../textUpdates';
import { documentId, importText } from './fields';

import { maxImportBytes } from '../importLimits';

export { maxImportBytes, maxImportChars } from '../importLimits';

/** A file's name and its bytes in base64, as the import methods take them. */
export const fileName = z.string().trim().min(1).max(500);
export const fileData = z
  .string()
  .max(Math.ceil(maxImportBytes / 3) * 4, 'The file is larger than the 20 MB import limit.');

/** Pasted text and files becoming documents. */
export const importMethods = {
  'documents.importText': {
    input: z
      .object({
        text: importText,
        title: z.string().max(500).optional(),
        source: z.string().max(2000).optional(),
      })
      .strict(),
    output: documentSummarySchema,
  },
  /**
   * Imports one file (.txt, .md, .html/.htm, .pdf, .epub) sent as base64 bytes: the encoding is detected,
   * HTML goes through Readability then DOMPurify. Answers unsupported_file, empty_document or
   * too_large with a message naming the file; nothing is stored then.
   */
  'documents.importFile': {
    input: z.object({ name: fileName, data: fileData }).strict(),
    output: documentSummarySchema,
  },
  /**
   * Reads a file again as the next version of an existing document (its page breaks included)
   * and re-anchors the document's highlights onto it, as replaceText does for pasted text.
   */
  'documents.reimportFile': {
    input: z.object({ id: documentId, name: fileName, data: fileData }).strict(),
    output: z.object({ document: documentSummarySchema, report: replaceTextReportSchema }),
  },
  /**
   * A new version of a document from a file, read by the same pipeline as importFile (so every
   * format it reads), highlights following their words. With dryRun, answers what would happen
   * to each highlight and stores nothing.
   */
  'documents.updateFromFile': {
    input: z
      .object({ id: documentId, name: fileName, data: fileData, dryRun: z.boolean().optional() })
      .strict(),
    output: fileUpdateSchema,
  },
  /**
   * The document of the library a file to import may be a new version of: same file name, the
   * same canonical URL (a saved web page's), or the same title and author. match is null when
   * there is none.
   */
  'documents.findUpdateTarget': {
    input: z.object({ name: fileName, data: fileData }).strict(),
    output: updateTargetSchema,
  },
} as const;
