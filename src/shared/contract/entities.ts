import { z } from 'zod';
import {
  documentEntitiesSchema,
  entityCardSchema,
  entitySchema,
  entityTypeSchema,
  noteLinkSchema,
} from '../entities';
import { documentId, emptyRange, entityId, range, recordId, startBeforeEnd } from './fields';

const entityName = z
  .string()
  .trim()
  .min(1, 'An entity needs a name.')
  .max(200, 'An entity name can be at most 200 characters.');
const noteLink = z.object({ noteId: recordId, entityId }).strict();

/** Entities of documents, their corrections, and the links between notes and entities. */
export const entitiesMethods = {
  /**
   * The entities of a document's current text. The first call for a text not yet extracted
   * starts the extraction (in a worker thread for long texts) and answers state 'extracting'
   * with progress: ask again (every ~250 ms) until 'ready' or 'failed'. Short texts answer
   * 'ready' at once.
   */
  'entities.list': {
    input: z.object({ documentId }).strict(),
    output: documentEntitiesSchema,
  },
  /** Extracts the document again (corrections are re-applied); answers like entities.list. */
  'entities.refresh': {
    input: z.object({ documentId }).strict(),
    output: documentEntitiesSchema,
  },
  /** The entity card, library-wide. A merged entity's id answers with what it was merged into. */
  'entities.get': {
    input: z.object({ entityId }).strict(),
    output: entityCardSchema,
  },
  /*
   * Corrections. Each is stored and survives re-extraction and new versions of the text, in
   * every document. They answer the entity as it now is; a rename or retype onto the name and
   * type of another entity merges the two, and answers the one they became.
   */
  'entities.rename': {
    input: z.object({ entityId, canonical: entityName }).strict(),
    output: entitySchema,
  },
  'entities.retype': {
    input: z.object({ entityId, type: entityTypeSchema }).strict(),
    output: entitySchema,
  },
  /** entityId disappears into intoId: its mentions, names and note links move there. */
  'entities.merge': {
    input: z.object({ entityId, intoId: entityId }).strict(),
    output: entitySchema,
  },
  /** The mentions of entityId written `alias` (one of its aliases) become an entity of their own, answered. */
  'entities.split': {
    input: z.object({ entityId, alias: entityName }).strict(),
    output: entitySchema,
  },
  'entities.hide': {
    input: z.object({ entityId, hidden: z.boolean() }).strict(),
    output: entitySchema,
  },
  /**
   * Makes the selected text an entity of `type` (or joins the entity of that type and name) and
   * marks every occurrence of it as a mention: in this document now, in the others too.
   */
  'entities.addFromSelection': {
    input: z
      .object({ documentId, ...range, type: entityTypeSchema })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: entitySchema,
  },
  /** The links of the notes of one document, for the Notes panel's chips and entity filter. */
  'noteLinks.list': {
    input: z.object({ documentId }).strict(),
    output: z.array(noteLinkSchema),
  },
  /** Links a note to an entity by hand (or takes back the removal of an automatic link). */
  'noteLinks.add': {
    input: noteLink,
    output: noteLinkSchema,
  },
  /** Removes a link of either kind; an automatic one stays removed (stored as a suppression). */
  'noteLinks.remove': {
    input: noteLink,
    output: noteLinkSchema,
  },
} as const;
