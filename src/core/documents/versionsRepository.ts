import type Database from 'better-sqlite3';
import type { Block, PageBreak } from '../../shared/model';
import { blocksFromStored, storedBlocksJson } from './storedBlocks';

/** The text a document currently reads, as highlights are created and anchored against it. */
export interface CurrentText {
  id: string;
  title: string;
  version: number;
  body: string;
}

export interface NewVersion {
  documentId: string;
  version: number;
  blocks: readonly Block[];
  body: string;
  createdAt: string;
  /** Where the original's pages begin in `body`; none for text without pages. */
  pages?: readonly PageBreak[];
}

/**
 * The SQL for versions of a document's text (see migration 2). A version row is written once
 * and never updated; `documents` mirrors the current one for reads and full-text search.
 */
export const createVersionsRepository = (
  db: Database.Database,
  /** Runs `step` once the write under way commits (see Store.write); dropped on a rollback. */
  afterCommit: (step: () => void) => void = (step) => step(),
) => {
  const statements = {
    // A document in the Trash has no current text to read or annotate until it is restored.
    current: db.prepare<[string], CurrentText>(
      `SELECT id, title, version, body FROM documents WHERE id = ? AND deleted_at IS NULL`,
    ),
    // The same without the text, to check a kept copy of it (see textCache below).
    // These three read the covering index (migration 12), never the row: SQLite picks the
    // primary key's index, and reaching `deleted_at` or `version` in the row walks the whole
    // text first (an export asks for every document: the whole library file, read from disk).
    currentHead: db.prepare<[string], Omit<CurrentText, 'body'> & { addedAt: string }>(
      `SELECT id, title, version, added_at AS addedAt FROM documents
         INDEXED BY documents_current
       WHERE id = ? AND deleted_at IS NULL`,
    ),
    exists: db
      .prepare<[string], number>(
        `SELECT 1 FROM documents INDEXED BY documents_current WHERE id = ? AND deleted_at IS NULL`,
      )
      .pluck(),
    currentVersion: db
      .prepare<[string], number>(
        `SELECT version FROM documents INDEXED BY documents_current
         WHERE id = ? AND deleted_at IS NULL`,
      )
      .pluck(),
    version: db.prepare<
      [string, number],
      { version: number; blocks: string; body: string; createdAt: string }
    >(
      `SELECT version, blocks, body, created_at AS createdAt FROM document_versions
       WHERE document_id = ? AND version = ?`,
    ),
    latest: db
      .prepare<[string], number | null>(
        `SELECT max(version) FROM document_versions WHERE document_id = ?`,
      )
      .pluck(),
    insert: db.prepare<[Omit<NewVersion, 'blocks' | 'pages'> & { blocks: string; pages: string }]>(
      `INSERT INTO document_versions (document_id, version, blocks, body, created_at, pages)
       VALUES (@documentId, @version, @blocks, @body, @createdAt, @pages)`,
    ),
    // char_count is in UTF-16 units, which SQLite's length() (code points) cannot give.
    makeCurrent: db.prepare<[{ documentId: string; version: number; charCount: number }]>(
      `UPDATE documents
       SET (version, blocks, body, pages, char_count) =
         (SELECT version, blocks, body, pages, @charCount
          FROM document_versions WHERE document_id = @documentId AND version = @version)
       WHERE id = @documentId`,
    ),
  };

  /*
   * The current text of the last few documents read, by document, version and the time it was
   * added: a version's text is written once and never changed, so the copy holds until the
   * document reads another version. Creating a highlight reads the text to take its quote, and
   * reading a 1 MB article (a book's is several) out of SQLite for each one cost more than the
   * rest of the save.
   */
  const textCache = new Map<string, { version: number; addedAt: string; body: string }>();
  const keptTexts = 4;
  const keep = (documentId: string, version: number, addedAt: string, body: string): void => {
    textCache.delete(documentId);
    textCache.set(documentId, { version, addedAt, body });
    if (textCache.size > keptTexts) textCache.delete(textCache.keys().next().value ?? '');
  };

  return {
    findCurrent: (documentId: string): CurrentText | undefined => {
      const head = statements.currentHead.get(documentId);
      if (!head) return undefined;
      const { addedAt, ...current } = head;
      const kept = textCache.get(documentId);
      if (kept && kept.version === head.version && kept.addedAt === addedAt) {
        textCache.delete(documentId);
        textCache.set(documentId, kept);
        return { ...current, body: kept.body };
      }
      const read = statements.current.get(documentId);
      if (!read) return undefined;
      keep(documentId, read.version, addedAt, read.body);
      return read;
    },
    /**
     * The number of the version the document reads now, without its text (a book's is
     * megabytes); undefined when missing or in the Trash.
     */
    currentVersion: (documentId: string): number | undefined =>
      statements.currentVersion.get(documentId),
    /** True for a document of the library; false when missing or in the Trash. */
    documentExists: (documentId: string): boolean => statements.exists.get(documentId) === 1,
    /** A stored version of the document's text, current or not. */
    findVersion: (
      documentId: string,
      version: number,
    ): Omit<NewVersion, 'documentId'> | undefined => {
      const row = statements.version.get(documentId, version);
      return row && { ...row, blocks: blocksFromStored(row.blocks, row.body) };
    },
    /** The highest version stored for the document; 0 when it has none. */
    latestVersion: (documentId: string): number => statements.latest.get(documentId) ?? 0,
    insert: (version: NewVersion): void => {
      statements.insert.run({
        ...version,
        blocks: storedBlocksJson(version.blocks),
        pages: JSON.stringify(version.pages ?? []),
      });
    },
    /** Points the document at a stored version and copies its text into `documents`. */
    makeCurrent: (version: NewVersion): void => {
      const { documentId, body } = version;
      statements.makeCurrent.run({ documentId, version: version.version, charCount: body.length });
      // The text just made current is kept once it is committed (the next update or undo reads
      // it first), never before: a rollback would leave a copy of a version that never was.
      afterCommit(() => {
        const head = statements.currentHead.get(documentId);
        if (head?.version === version.version) keep(documentId, head.version, head.addedAt, body);
      });
    },
  };
};

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;
