import { z } from 'zod';
import { documentSummarySchema, trashedDocumentSchema } from '../model';
import { documentId } from './fields';

/** The library's list and its Trash. */
export const libraryMethods = {
  'library.list': {
    input: z.object({}).strict(),
    output: z.array(documentSummarySchema),
  },
  /**
   * The document a window opens at start: the one opened last, else the newest (the list's
   * first); null for an empty library. One row, so a window asks for it beside the list and
   * opens the document without waiting for the whole library.
   */
  'library.lastOpened': {
    input: z.object({}).strict(),
    output: z.object({ id: z.string().nullable() }),
  },
  /** The Trash, most recently deleted first. */
  'trash.list': {
    input: z.object({}).strict(),
    output: z.array(trashedDocumentSchema),
  },
  'trash.restore': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  /** Removes for good the given documents of the Trash, or all of it; answers how many went. */
  'trash.empty': {
    input: z.object({ ids: z.array(documentId).max(100_000).optional() }).strict(),
    output: z.object({ removed: z.number().int().nonnegative() }),
  },
} as const;
