import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AliasKey, ExportedDocumentInfo } from '../../shared/export/types';
import { pageBreakSchema, type DocumentFormat } from '../../shared/model';
import type { DocumentDetails } from './libraryReads';

/** A row of `detailsColumns`: the details an export writes, `pages` still JSON. */
type DetailsRow = Omit<ExportedDocumentInfo, 'blocks' | 'pages' | 'format'> & {
  format: DocumentFormat;
  version: number;
  pages: string;
};

// Everything of a document an export writes but its text: the body and blocks are not read.
// (`pages` sits after the body in the row, so SQLite still walks the text's pages to reach it.)
const detailsColumns = `id, title, source, byline, site_name AS siteName,
  published_at AS publishedAt, added_at AS addedAt, format, version, pages`;

const storedPages = z.array(pageBreakSchema);

const fromDetailsRow = ({ version, pages, ...info }: DetailsRow): DocumentDetails => ({
  info: { ...info, blocks: [], pages: storedPages.parse(JSON.parse(pages)) },
  version,
});

/** The few reads export and library import need that no other repository has. */
export const createExchangeQueries = (db: Database.Database) => {
  const statements = {
    aliasKeys: db.prepare<[string], AliasKey>(
      `SELECT type, name FROM entity_aliases WHERE entity_id = ? ORDER BY type, name`,
    ),
    // Titles only: the library list's counts would cost a query per document for nothing.
    libraryTitles: db.prepare<[], { id: string; title: string }>(
      `SELECT id, title FROM documents WHERE deleted_at IS NULL
       ORDER BY added_at DESC, title COLLATE NOCASE`,
    ),
    title: db.prepare<[string], string>(`SELECT title FROM documents WHERE id = ?`).pluck(),
    deletedAt: db
      .prepare<[string], string | null>(`SELECT deleted_at FROM documents WHERE id = ?`)
      .pluck(),
    details: db.prepare<[string], DetailsRow>(
      `SELECT ${detailsColumns} FROM documents WHERE id = ? AND deleted_at IS NULL`,
    ),
    libraryDetails: db.prepare<[], DetailsRow>(
      `SELECT ${detailsColumns} FROM documents WHERE deleted_at IS NULL`,
    ),
  };
  return {
    /** The extracted (type, name) keys that lead to the entity. */
    aliasKeys: (entityId: string): AliasKey[] => statements.aliasKeys.all(entityId),
    /** Every document of the library (not the Trash), newest first, with its title. */
    libraryTitles: (): Array<{ id: string; title: string }> => statements.libraryTitles.all(),
    title: (documentId: string): string | undefined => statements.title.get(documentId),
    /** undefined: no such document; null: in the library; a date: in the Trash since then. */
    deletedAt: (documentId: string): string | null | undefined =>
      statements.deletedAt.get(documentId),
    /** A document of the library without its text (empty blocks); undefined when not there. */
    documentDetails: (documentId: string): DocumentDetails | undefined => {
      const row = statements.details.get(documentId);
      return row && fromDetailsRow(row);
    },
    /** `documentDetails` of every document of the library, in no particular order. */
    libraryDetails: (): DocumentDetails[] => statements.libraryDetails.all().map(fromDetailsRow),
  };
};

export type ExchangeQueries = ReturnType<typeof createExchangeQueries>;
