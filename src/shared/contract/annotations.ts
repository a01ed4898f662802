import { z } from 'zod';
import {
  annotationsSchema,
  highlightColors,
  highlightSchema,
  removedHighlightSchema,
  tagsSchema,
} from '../annotations';
import { documentId, emptyRange, range, recordId, startBeforeEnd } from './fields';
import { restoredHighlightSchema, restoredNoteSchema } from './restore';

/** Highlights, and the listing of a document's highlights with their notes. */
export const annotationsMethods = {
  'annotations.list': {
    input: z.object({ documentId }).strict(),
    output: annotationsSchema,
  },
  /** The core reads the quote from its own copy of the text; the caller sends offsets only. */
  'highlights.create': {
    input: z
      .object({ documentId, ...range, color: z.enum(highlightColors) })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: highlightSchema,
  },
  'highlights.update': {
    input: z
      .object({
        id: recordId,
        color: z.enum(highlightColors).optional(),
        tags: tagsSchema.optional(),
      })
      .strict(),
    output: highlightSchema,
  },
  /** Deletes a highlight and its note; returns both so that undo can restore them. */
  'highlights.delete': {
    input: z.object({ id: recordId }).strict(),
    output: removedHighlightSchema,
  },
  /** Puts back what delete removed (undo), with the same ids. */
  'highlights.restore': {
    input: z
      .object({ highlight: restoredHighlightSchema, note: restoredNoteSchema.nullable() })
      .strict(),
    output: highlightSchema,
  },
  /** Accepts an edited highlight's new words: its old quote (editedFrom) is dropped. */
  'highlights.keepEdit': {
    input: z.object({ id: recordId }).strict(),
    output: highlightSchema,
  },
  /** Attaches a highlight (typically an orphan) to a new range of the current text. */
  'highlights.reattach': {
    input: z
      .object({ id: recordId, ...range })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: highlightSchema,
  },
} as const;
