import { z } from 'zod';
import { textQuoteSelectorSchema } from '../anchoring';
import { highlightSchema, noteSchema } from '../annotations';
import { documentId, importText, recordId } from './fields';

/*
 * What undo puts back (highlights.restore, notes.restore) is bounded like what create stores:
 * ids as long as any id, dates as ISO timestamps, a quote no longer than a document, no field
 * the contract does not know. An unbounded id (2 MB were once accepted) would be stored and
 * break the library's re-import.
 */

const timestamp = z.iso.datetime({ offset: true });

export const restoredNoteSchema = noteSchema
  .extend({
    id: recordId,
    documentId,
    highlightId: recordId.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();

export const restoredHighlightSchema = highlightSchema
  .extend({
    id: recordId,
    documentId,
    quote: textQuoteSelectorSchema.extend({ exact: importText.min(1) }).strict(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
