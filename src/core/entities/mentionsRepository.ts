import type Database from 'better-sqlite3';
import type { EntityType, Mention } from '../../shared/entities';

export interface NewMention {
  documentId: string;
  version: number;
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface Extraction {
  documentId: string;
  version: number;
  extractor: string;
  extractedAt: string;
}

/** An entity's numbers across the library. */
export interface EntityCounts {
  entityId: string;
  mentionCount: number;
  documentCount: number;
}

export interface LibraryMention {
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  text: string;
}

/** A document whose stored mentions are those of its current text. */
export interface ExtractedText {
  documentId: string;
  version: number;
  body: string;
}

// A mention counts only while its version is the document's current one: after
// documents.replaceText the old mentions wait, unused, for the next extraction to replace them.
const current = `JOIN documents d ON d.id = m.document_id AND d.version = m.version`;
// What the library shows leaves the Trash out. Matching a new extraction to existing entities
// (ownersOfText) still sees trashed documents, so that one restored joins the same entities.
const inLibrary = `${current} AND d.deleted_at IS NULL`;

/** The SQL for mentions and extraction bookkeeping (migration 3). */
export const createMentionsRepository = (db: Database.Database) => {
  const statements = {
    extraction: db.prepare<[string], Extraction>(
      `SELECT document_id AS documentId, version, extractor, extracted_at AS extractedAt
       FROM entity_extractions WHERE document_id = ?`,
    ),
    setExtraction: db.prepare<[Extraction]>(
      `INSERT INTO entity_extractions (document_id, version, extractor, extracted_at)
       VALUES (@documentId, @version, @extractor, @extractedAt)
       ON CONFLICT (document_id) DO UPDATE SET version = excluded.version,
         extractor = excluded.extractor, extracted_at = excluded.extracted_at`,
    ),
    clear: db.prepare<[string]>(`DELETE FROM mentions WHERE document_id = ?`),
    insert: db.prepare<[NewMention]>(
      `INSERT INTO mentions (document_id, version, entity_id, start, "end", text)
       VALUES (@documentId, @version, @entityId, @start, @end, @text)`,
    ),
    // Equal starts keep the position index's order, by id, as in `currentMentions`.
    list: db.prepare<[string, number], Mention>(
      `SELECT id, entity_id AS entityId, start, "end", text FROM mentions
       WHERE document_id = ? AND version = ? ORDER BY start, id`,
    ),
    extractions: db.prepare<[], Extraction>(
      `SELECT document_id AS documentId, version, extractor, extracted_at AS extractedAt
       FROM entity_extractions`,
    ),
    // The version is read from the covering index: the documents row would be walked through
    // its text to reach it, once per mention (1.4 s of 128,000 mentions).
    currentMentions: db.prepare<[], Mention & { documentId: string }>(
      `SELECT m.id, m.document_id AS documentId, m.entity_id AS entityId, m.start, m."end", m.text
       FROM mentions m
       JOIN entity_extractions x ON x.document_id = m.document_id AND x.version = m.version
       JOIN documents d INDEXED BY documents_current ON d.id = m.document_id AND d.version = m.version
       ORDER BY m.document_id, m.version, m.start, m.id`,
    ),
    // Mentions are at most maxMentionLength long, so `start > ? - 1000` is exact and lets the
    // position index bound the search.
    removeOverlapping: db.prepare<[string, number, number, number, number]>(
      `DELETE FROM mentions WHERE document_id = ? AND version = ?
         AND start > ? - 1000 AND start < ? AND "end" > ?`,
    ),
    moveEntity: db.prepare<[string, string]>(
      `UPDATE mentions SET entity_id = ? WHERE entity_id = ?`,
    ),
    splitText: db.prepare<[string, string, string]>(
      `UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ?`,
    ),
    splitTextInDocument: db.prepare<[string, string, string, string]>(
      `UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND text = ? AND document_id = ?`,
    ),
    // Entities of another document with a mention written exactly so (see entityMapping.ts).
    ownersOfText: db
      .prepare<[string, EntityType, string], string>(
        `SELECT DISTINCT m.entity_id FROM mentions m ${current}
         JOIN entities e ON e.id = m.entity_id
         WHERE m.text = ? AND e.type = ? AND m.document_id <> ?`,
      )
      .pluck(),
    // Driven from the document's own entities through mentions_by_entity (CROSS JOIN fixes
    // the order): left to itself, SQLite walked every document of the library to find them,
    // which made opening a document, and exporting the library, grow with the library.
    libraryCounts: db.prepare<[string, number], EntityCounts>(
      `SELECT m.entity_id AS entityId, count(*) AS mentionCount,
         count(DISTINCT m.document_id) AS documentCount
       FROM (SELECT DISTINCT entity_id FROM mentions WHERE document_id = ? AND version = ?) mine
       CROSS JOIN mentions m ON m.entity_id = mine.entity_id
       CROSS JOIN documents d ON d.id = m.document_id AND d.version = m.version
         AND d.deleted_at IS NULL
       GROUP BY m.entity_id`,
    ),
    entityCounts: db.prepare<[string], Omit<EntityCounts, 'entityId'>>(
      `SELECT count(*) AS mentionCount, count(DISTINCT m.document_id) AS documentCount
       FROM mentions m ${inLibrary} WHERE m.entity_id = ?`,
    ),
    textsOfEntity: db
      .prepare<[string], string>(
        `SELECT DISTINCT m.text FROM mentions m ${inLibrary} WHERE m.entity_id = ? ORDER BY m.text`,
      )
      .pluck(),
    ofEntity: db.prepare<[string, number], LibraryMention>(
      `SELECT m.document_id AS documentId, d.title AS documentTitle, m.start, m."end", m.text
       FROM mentions m ${inLibrary} WHERE m.entity_id = ?
       ORDER BY d.added_at DESC, d.id, m.start LIMIT ?`,
    ),
    documentDate: db
      .prepare<[string], string>(
        `SELECT coalesce(published_at, added_at) FROM documents WHERE id = ?`,
      )
      .pluck(),
    extractedTexts: db.prepare<[], ExtractedText>(
      `SELECT d.id AS documentId, d.version, d.body FROM entity_extractions x
       JOIN documents d ON d.id = x.document_id AND d.version = x.version`,
    ),
  };

  return {
    extraction: (documentId: string): Extraction | undefined =>
      statements.extraction.get(documentId),
    setExtraction: (extraction: Extraction): void => {
      statements.setExtraction.run(extraction);
    },
    /** Removes every mention of the document, whatever its version. */
    clear: (documentId: string): void => {
      statements.clear.run(documentId);
    },
    insert: (mention: NewMention): void => {
      statements.insert.run(mention);
    },
    list: (documentId: string, version: number): Mention[] =>
      statements.list.all(documentId, version),
    /** Every document's extraction, Trash included. */
    extractions: (): Extraction[] => statements.extractions.all(),
    /**
     * The mentions of every document whose current text is extracted (Trash included), by
     * document, each document's as `list` gives them.
     */
    currentMentions: (): Array<Mention & { documentId: string }> =>
      statements.currentMentions.all(),
    removeOverlapping: (documentId: string, version: number, start: number, end: number): void => {
      statements.removeOverlapping.run(documentId, version, start, end, start);
    },
    /** Every mention of `from`, in every document, becomes one of `to`. */
    moveEntity: (from: string, to: string): void => {
      statements.moveEntity.run(to, from);
    },
    /** Mentions of `from` written `text` become mentions of `to`: everywhere, or in one document. */
    splitText: (from: string, text: string, to: string, documentId?: string): void => {
      if (documentId === undefined) statements.splitText.run(to, from, text);
      else statements.splitTextInDocument.run(to, from, text, documentId);
    },
    ownersOfText: (text: string, type: EntityType, exceptDocument: string): string[] =>
      statements.ownersOfText.all(text, type, exceptDocument),
    /** Library-wide counts of the entities mentioned in one document. */
    libraryCounts: (documentId: string, version: number): EntityCounts[] =>
      statements.libraryCounts.all(documentId, version),
    entityCounts: (entityId: string): EntityCounts => ({
      entityId,
      mentionCount: 0,
      documentCount: 0,
      ...statements.entityCounts.get(entityId),
    }),
    textsOfEntity: (entityId: string): string[] => statements.textsOfEntity.all(entityId),
    ofEntity: (entityId: string, limit: number): LibraryMention[] =>
      statements.ofEntity.all(entityId, limit),
    /** The date relative dates in the document are read against: published, else added. */
    documentDate: (documentId: string): string | undefined =>
      statements.documentDate.get(documentId),
    /** The documents whose mentions are those of their current text, with that text. */
    extractedTexts: (): ExtractedText[] => statements.extractedTexts.all(),
  };
};

export type MentionsRepository = ReturnType<typeof createMentionsRepository>;
