import { z } from 'zod';
import { replaceTextReportSchema } from '../annotations';
import { documentSchema, documentSummarySchema } from '../model';
import { documentId, importText } from './fields';

/** One document: read it, rename it, move it to the Trash, replace its text. */
export const documentsMethods = {
  'documents.get': {
    input: z.object({ id: documentId }).strict(),
    output: documentSchema,
  },
  'documents.rename': {
    input: z
      .object({
        id: documentId,
        title: z
          .string()
          .trim()
          .min(1, 'A title cannot be empty.')
          .max(500, 'A title can be at most 500 characters.'),
      })
      .strict(),
    output: documentSummarySchema,
  },
  'documents.markOpened': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  /** Moves a document to the Trash (nothing is removed until the Trash is emptied). */
  'documents.delete': {
    input: z.object({ id: documentId }).strict(),
    output: z.object({ id: z.string() }),
  },
  /** Stores a new version of the text and re-anchors the document's highlights onto it. */
  'documents.replaceText': {
    input: z.object({ id: documentId, text: importText }).strict(),
    output: z.object({ document: documentSummarySchema, report: replaceTextReportSchema }),
  },
  /**
   * Undoes the latest replaceText / reimportFile / updateFromFile of a document: the text it
   * replaced is current again and every highlight is exactly as it was. Once per update.
   */
  'documents.undoReplaceText': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
} as const;
