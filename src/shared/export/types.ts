import type { Highlight, Note } from '../annotations';
import type { Reference } from '../citations/reference';
import type { EntityType } from '../entities';
import type { Block, DocumentFormat, PageBreak } from '../model';
import type { Span } from '../span';

/*
 * What an export is built from: plain data read from the library in one snapshot. The builders
 * (Markdown, JSON, CSV) are pure functions of it, which is what makes exports deterministic.
 */

export interface ExportedDocumentInfo {
  id: string;
  title: string;
  source: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  addedAt: string;
  /** The current version's blocks; every offset refers to their canonical text. */
  blocks: Block[];
  /** A PDF's page breaks in that text (empty without pages); older exports have none. */
  pages?: PageBreak[];
  format?: DocumentFormat;
}

/** A mention in the document's current text. */
export interface ExportedMention extends Span {
  entityId: string;
  text: string;
}

/**
 * A link between a note and an entity. manual: added by the user; auto: derived from a mention
 * under the note's highlight; removed: an automatic link the user took away (kept so that an
 * import does not bring it back).
 */
export const exportedLinkKinds = ['manual', 'auto', 'removed'] as const;
export type ExportedLinkKind = (typeof exportedLinkKinds)[number];

export interface ExportedLink {
  noteId: string;
  entityId: string;
  kind: ExportedLinkKind;
}

export interface ExportedExtraction {
  extractor: string;
  extractedAt: string;
}

/** A document's reference and citation key. */
export interface ExportedCitation {
  citekey: string;
  reference: Reference;
}

export interface ExportedDocument {
  info: ExportedDocumentInfo;
  /** Absent only for data made before references existed (and in tests that need none). */
  citation?: ExportedCitation;
  /** Reading order; orphans last. */
  highlights: Highlight[];
  /** Oldest first; a note with highlightId null is a document note. */
  notes: Note[];
  /** Null when the current text has not been extracted yet. */
  extraction: ExportedExtraction | null;
  /** Sorted by start. */
  mentions: ExportedMention[];
  /** Sorted by note, then entity. */
  links: ExportedLink[];
}

/** An extracted (type, name) key that maps to the entity; see migration 3's entity_aliases. */
export interface AliasKey {
  type: EntityType;
  name: string;
}

export interface ExportedEntity {
  id: string;
  type: EntityType;
  canonical: string;
  /** Its other names, for reading; aliasKeys is what an import stores. */
  aliases: string[];
  value: string | null;
  hidden: boolean;
  aliasKeys: AliasKey[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportedLibrary {
  /** ISO date-time of the export (pinned by exportedAt for byte-identical exports). */
  exportedAt: string;
  /** Sorted by date added, then id. */
  documents: ExportedDocument[];
  /** The entities the documents mention or link to; sorted by id. */
  entities: ExportedEntity[];
}
