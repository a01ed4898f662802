import { z } from 'zod';
import { noteSchema, tagsSchema } from '../annotations';
import { documentId, recordId } from './fields';
import { restoredNoteSchema } from './restore';

export const notesMethods = {
  /**
   * Creates or updates a note: with an id, updates that note; else creates the note of
   * highlightId (updating it if that highlight already has one) or a document note.
   */
  'notes.save': {
    input: z
      .object({
        id: recordId.optional(),
        documentId,
        highlightId: recordId.nullable(),
        body: noteSchema.shape.body,
        tags: tagsSchema,
      })
      .strict(),
    output: noteSchema,
  },
  /** Deletes a note (not its highlight); returns it so that undo can save it back. */
  'notes.delete': {
    input: z.object({ id: recordId }).strict(),
    output: noteSchema,
  },
  /** Puts back a deleted note with the same id (undo). */
  'notes.restore': {
    input: z.object({ note: restoredNoteSchema }).strict(),
    output: noteSchema,
  },
} as const;
