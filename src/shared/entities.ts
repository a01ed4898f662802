import { z } from 'zod';
import type { Span } from './span';

/** The entity types Gloss shows; `misc` holds nationalities, events, laws and works. */
export const entityTypes = [
  'person',
  'organization',
  'place',
  'date',
  'money',
  'percent',
  'quantity',
  'misc',
] as const;
export type EntityType = (typeof entityTypes)[number];

/** The types a name tagger finds; dates, amounts and quantities come from rules. */
export const nameTypes = ['person', 'organization', 'place', 'misc'] as const;
export type NameType = (typeof nameTypes)[number];

/** A span of a text a name tagger labels: UTF-16 offsets, end exclusive. */
export interface NameSpan extends Span {
  type: NameType;
}

/** One mention in a text after merging: what `gloss entities --json` prints, one per line. */
export interface EntityMention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** The name of the entity the mention belongs to ("Donald Trump" for "Trump"). */
  canonical: string;
  /** A normalised value: an ISO date, "1470000000 USD", "8.3" for a percentage, "50000". */
  value?: string;
}

/*
 * What the entity methods of the contract return. An entity is library-wide: the same type and
 * name in two documents is one entity, with one id. Mentions are UTF-16 offsets into the
 * canonical text of the document's current version.
 */

export const entityTypeSchema = z.enum(entityTypes);

const count = z.number().int().nonnegative();
const offset = z.number().int().nonnegative();

/** An entity as the corrections return it. */
export const entitySchema = z.object({
  id: z.string(),
  type: entityTypeSchema,
  /** The name it is listed under: for dates and amounts, the text as most often written. */
  canonical: z.string(),
  /** Its other names: the spellings of its mentions and the names corrections gave it. */
  aliases: z.array(z.string()),
  /** The normalised value of a date ("2025-06-03"), amount ("1470000000 USD"), percentage ("8.3") or quantity ("50000"). */
  value: z.string().nullable(),
  /** Marked as a false entity by the user; still listed, under "Hidden". */
  hidden: z.boolean(),
});
export type Entity = z.infer<typeof entitySchema>;

/** An entity in the Entities panel of one document. */
export const docEntitySchema = entitySchema.extend({
  /** Its mentions in this document (in an entity card: across the library). */
  mentionCount: count,
  /** Documents of the library it is mentioned in (this one included). */
  documentCount: count,
  /** Notes linked to it across the library, automatic and manual links alike. */
  noteCount: count,
});
export type DocEntity = z.infer<typeof docEntitySchema>;

/** One mention in the current text of a document. */
export const mentionSchema = z.object({
  /** Stable until the document is extracted again (new text, or entities.refresh). */
  id: z.number().int(),
  entityId: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/**
 * ready: entities and mentions are those of the current text. extracting: the work is under way
 * (progress 0..1), entities and mentions are empty; ask again. failed: extraction threw; error
 * says why, entities and mentions are empty; entities.refresh tries again.
 */
export const extractionStates = ['ready', 'extracting', 'failed'] as const;
export type ExtractionState = (typeof extractionStates)[number];

export const documentEntitiesSchema = z.object({
  documentId: z.string(),
  /** The text version the mentions belong to (documents.replaceText makes a new one). */
  version: z.number().int().positive(),
  state: z.enum(extractionStates),
  progress: z.number().min(0).max(1),
  error: z.string().nullable(),
  /** Most mentioned first, then by first mention; hidden ones included with hidden = true. */
  entities: z.array(docEntitySchema),
  /** Sorted by start; they never overlap. */
  mentions: z.array(mentionSchema),
});
export type DocumentEntities = z.infer<typeof documentEntitiesSchema>;

export const noteLinkKinds = ['auto', 'manual'] as const;
export type NoteLinkKind = (typeof noteLinkKinds)[number];

/**
 * A note linked to an entity. auto: the note's highlight overlaps a mention of the entity
 * (derived whenever it is read, so it follows highlights, notes and re-extraction); manual: added
 * by the user. Removing either kind sticks.
 */
export const noteLinkSchema = z.object({
  noteId: z.string(),
  entityId: z.string(),
  kind: z.enum(noteLinkKinds),
});
export type NoteLink = z.infer<typeof noteLinkSchema>;

/** Where an entity is mentioned, with a line of context: `before + text + after`. */
export const cardMentionSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  before: z.string(),
  after: z.string(),
});
export type CardMention = z.infer<typeof cardMentionSchema>;

export const cardNoteSchema = z.object({
  noteId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  /** Null for a document note (only manual links). */
  highlightId: z.string().nullable(),
  body: z.string(),
  kind: z.enum(noteLinkKinds),
});
export type CardNote = z.infer<typeof cardNoteSchema>;

/** Cards list at most this many mentions; entity.mentionCount gives the total. */
export const cardMentionLimit = 500;

/** The entity card, library-wide: counts, mentions and linked notes over every document. */
export const entityCardSchema = z.object({
  entity: docEntitySchema,
  /** Newest document first, then by position; at most cardMentionLimit. */
  mentions: z.array(cardMentionSchema),
  /** Newest first. */
  notes: z.array(cardNoteSchema),
});
export type EntityCard = z.infer<typeof entityCardSchema>;
