import { z } from 'zod';
import { clippingsReportSchema } from '../clippings/model';
import { fileData, fileName } from './import';

/** Highlights made elsewhere: Kindle's My Clippings.txt, KOReader's and Readwise's exports. */
export const clippingsMethods = {
  /**
   * Imports a highlights export sent as base64 bytes (the format is told by its content): each
   * book becomes a document of its highlights in reading order, notes attached; a book already
   * in the library gets only what it lacks. Refuses a file that is not such an export, is cut
   * short or passes the import limits (unsupported_file, invalid_input, too_large) with a message
   * naming it; nothing is stored then, and a file goes in whole or not at all.
   */
  'clippings.import': {
    input: z.object({ name: fileName, data: fileData }).strict(),
    output: clippingsReportSchema,
  },
} as const;
