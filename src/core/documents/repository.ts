import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  pageBreakSchema,
  tocEntrySchema,
  type Block,
  type DocumentFormat,
  type DocumentSummary,
  type GlossDocument,
  type PageBreak,
  type TocEntry,
} from '../../shared/model';
import { blocksFromStored, storedBlocksJson } from './storedBlocks';

/** A document as the service hands it to the repository; `body` is the canonical text. */
export interface NewDocument {
  id: string;
  title: string;
  source: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  addedAt: string;
  blocks: readonly Block[];
  body: string;
  charCount: number;
  /** Added with migration 5; a document from an older export reads as text without pages. */
  format?: DocumentFormat;
  language?: string | null;
  pageCount?: number | null;
  chapterCount?: number | null;
  pages?: readonly PageBreak[];
  toc?: readonly TocEntry[];
}

type DocumentRow = Omit<GlossDocument, 'blocks' | 'pages' | 'toc'> & {
  blocks: string;
  body: string;
  pages: string;
  toc: string;
};

/** What the insert statement binds: every optional field filled in, JSON as text. */
type DocumentParams = Omit<NewDocument, 'blocks' | 'pages' | 'toc'> & {
  blocks: string;
  pages: string;
  toc: string;
  format: DocumentFormat;
  language: string | null;
  pageCount: number | null;
  chapterCount: number | null;
};

// The counts are per-row subqueries over indexed columns: cheap for one document (the whole
// list groups them instead, `librarySql`).
// The entity count is null until the current version has been extracted.
export const summaryColumns = `id, title, source, added_at AS addedAt,
  (SELECT opened_at FROM document_opens WHERE document_id = documents.id) AS openedAt,
  char_count AS charCount,
  (SELECT count(*) FROM highlights h WHERE h.document_id = documents.id) AS highlightCount,
  (SELECT count(*) FROM notes n WHERE n.document_id = documents.id) AS noteCount,
  CASE WHEN EXISTS (SELECT 1 FROM entity_extractions x
      WHERE x.document_id = documents.id AND x.version = documents.version)
    THEN (SELECT count(DISTINCT m.entity_id) FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.document_id = documents.id AND m.version = documents.version AND e.hidden = 0)
  END AS entityCount,
  format, page_count AS pageCount, chapter_count AS chapterCount`;

/**
 * The whole library list in one statement: each count is grouped once over its table and
 * joined, instead of three subqueries for every document (issue 21: 10,000 documents). Same
 * columns and meaning as `summaryColumns`; hidden entities are a handful, so they are looked up
 * once rather than joined to every mention.
 */
const librarySql = `WITH
  highlight_counts AS (SELECT document_id, count(*) AS n FROM highlights GROUP BY document_id),
  note_counts AS (SELECT document_id, count(*) AS n FROM notes GROUP BY document_id),
  entity_counts AS (SELECT document_id, version, count(DISTINCT entity_id) AS n FROM mentions
    WHERE entity_id NOT IN (SELECT id FROM entities WHERE hidden = 1)
    GROUP BY document_id, version)
  SELECT d.id, d.title, d.source, d.added_at AS addedAt, o.opened_at AS openedAt,
    d.char_count AS charCount, coalesce(h.n, 0) AS highlightCount, coalesce(n.n, 0) AS noteCount,
    CASE WHEN x.document_id IS NOT NULL THEN coalesce(e.n, 0) END AS entityCount,
    d.format, d.page_count AS pageCount, d.chapter_count AS chapterCount
  FROM documents d
  LEFT JOIN document_opens o ON o.document_id = d.id
  LEFT JOIN highlight_counts h ON h.document_id = d.id
  LEFT JOIN note_counts n ON n.document_id = d.id
  LEFT JOIN entity_extractions x ON x.document_id = d.id AND x.version = d.version
  LEFT JOIN entity_counts e ON e.document_id = d.id AND e.version = d.version
  WHERE d.deleted_at IS NULL
  ORDER BY d.added_at DESC, d.title COLLATE NOCASE`;
const documentColumns = `${summaryColumns}, byline, site_name AS siteName,
  published_at AS publishedAt, language, blocks, body, pages, toc`;

const storedPages = z.array(pageBreakSchema);
const storedToc = z.array(tocEntrySchema);

/** The SQL for documents, prepared once per connection. */
export const createDocumentsRepository = (db: Database.Database) => {
  const statements = {
    list: db.prepare<[], DocumentSummary>(librarySql),
    // The library list's own order decides among equals (pickInitial in the renderer did so).
    lastOpened: db.prepare<[], { id: string }>(
      `SELECT d.id FROM document_opens o JOIN documents d ON d.id = o.document_id
       WHERE d.deleted_at IS NULL
       ORDER BY o.opened_at DESC, d.added_at DESC, d.title COLLATE NOCASE LIMIT 1`,
    ),
    newest: db.prepare<[], { id: string }>(
      `SELECT id FROM documents WHERE deleted_at IS NULL
       ORDER BY added_at DESC, title COLLATE NOCASE LIMIT 1`,
    ),
    // A document in the Trash is out of the library: it reads as missing until restored.
    summary: db.prepare<[string], DocumentSummary>(
      `SELECT ${summaryColumns} FROM documents WHERE id = ? AND deleted_at IS NULL`,
    ),
    document: db.prepare<[string], DocumentRow>(
      `SELECT ${documentColumns} FROM documents WHERE id = ? AND deleted_at IS NULL`,
    ),
    // seq only keys the full-text index (see migration 1); the next free number is fine.
    insert: db.prepare<[DocumentParams]>(
      `INSERT INTO documents (id, seq, title, source, byline, site_name, published_at, added_at,
         opened_at, blocks, body, char_count, format, language, page_count, chapter_count, toc,
         pages)
       VALUES (@id, (SELECT coalesce(max(seq), 0) + 1 FROM documents), @title, @source, @byline,
         @siteName, @publishedAt, @addedAt, NULL, @blocks, @body, @charCount, @format, @language,
         @pageCount, @chapterCount, @toc, @pages)`,
    ),
    // Imported text is version 1 (see migration 2); later versions come from replaceText.
    insertFirstVersion: db.prepare<
      [{ id: string; blocks: string; body: string; addedAt: string; pages: string }]
    >(
      `INSERT INTO document_versions (document_id, version, blocks, body, created_at, pages)
       VALUES (@id, 1, @blocks, @body, @addedAt, @pages)`,
    ),
    // Its own table (migration 10): the documents row holds the text, and a row is written whole.
    setOpenedAt: db.prepare<[string, string]>(
      `INSERT INTO document_opens (document_id, opened_at)
         SELECT id, ? FROM documents WHERE id = ? AND deleted_at IS NULL
       ON CONFLICT (document_id) DO UPDATE SET opened_at = excluded.opened_at`,
    ),
    // The full-text trigger on title keeps documents_fts in step.
    rename: db.prepare<[string, string]>(
      `UPDATE documents SET title = ? WHERE id = ? AND deleted_at IS NULL`,
    ),
  };

  const insertWithVersion = db.transaction((row: DocumentParams) => {
    statements.insert.run(row);
    statements.insertFirstVersion.run(row);
  });

  return {
    /** Newest first, then by title; the Trash left out, as in every read here. */
    list: (): DocumentSummary[] => statements.list.all(),
    /** The document opened last, else the newest; null when the library is empty. */
    lastOpenedId: (): string | null =>
      (statements.lastOpened.get() ?? statements.newest.get())?.id ?? null,
    findSummary: (id: string): DocumentSummary | undefined => statements.summary.get(id),
    find: (id: string): GlossDocument | undefined => {
      const row = statements.document.get(id);
      if (!row) return undefined;
      const { body, ...document } = row;
      return {
        ...document,
        blocks: blocksFromStored(row.blocks, body),
        pages: storedPages.parse(JSON.parse(row.pages)),
        toc: storedToc.parse(JSON.parse(row.toc)),
      };
    },
    /** The document and its text as version 1, in one transaction. */
    insert: (document: NewDocument): void => {
      insertWithVersion({
        ...document,
        blocks: storedBlocksJson(document.blocks),
        pages: JSON.stringify(document.pages ?? []),
        toc: JSON.stringify(document.toc ?? []),
        format: document.format ?? 'text',
        language: document.language ?? null,
        pageCount: document.pageCount ?? null,
        chapterCount: document.chapterCount ?? null,
      });
    },
    /** False when no such document is in the library. */
    setOpenedAt: (id: string, openedAt: string): boolean =>
      statements.setOpenedAt.run(openedAt, id).changes > 0,
    /** False when no such document is in the library. */
    rename: (id: string, title: string): boolean => statements.rename.run(title, id).changes > 0,
  };
};

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
