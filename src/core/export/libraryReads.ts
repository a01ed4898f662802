import type { Highlight, Note } from '../../shared/annotations';
import type { Mention } from '../../shared/entities';
import type { ExportedDocumentInfo } from '../../shared/export/types';
import type { StoredReference } from '../citations/repository';
import { linksIn, type DocumentLink } from '../entities/noteLinks';
import type { StoredLink } from '../entities/noteLinksRepository';
import type { Extraction } from '../entities/mentionsRepository';
import type { ExchangeContext } from './context';

/*
 * What an export reads of each document, in one of two ways: one document at a time (a few
 * chosen documents), or each table in one statement for the whole library, grouped by document
 * (10,000 documents: under 2 s of CPU instead of 5.5 s, with the text no longer read). Both give the
 * same rows in the same order; `libraryReads.test.ts` holds them to it.
 */

/** A document's details, with the version its mentions must be of. */
export interface DocumentDetails {
  info: ExportedDocumentInfo;
  version: number;
}

export interface DocumentReads {
  /** Undefined when the document is not in the library. */
  details(documentId: string): DocumentDetails | undefined;
  reference(documentId: string): StoredReference | undefined;
  highlights(documentId: string): Highlight[];
  notes(documentId: string): Note[];
  extraction(documentId: string): Extraction | undefined;
  /** The mentions of `version`, by position (only asked when that version is extracted). */
  mentions(documentId: string, version: number): Mention[];
  links(documentId: string): { live: DocumentLink[]; stored: StoredLink[] };
}

/**
 * `text`: whether the export carries the documents' text (the JSON format does, as blocks);
 * without it, the text is not read at all and `info.blocks` is empty.
 */
export interface ReadOptions {
  text: boolean;
}

/** From this many documents on, the library is read table by table. */
export const wholeLibraryFrom = 200;

const byDocument = <T extends { documentId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.documentId);
    if (group) group.push(row);
    else grouped.set(row.documentId, [row]);
  }
  return grouped;
};

/** The details of one document: with its text (blocks) read and split, or without. */
const detailsOne = (
  { store, queries }: ExchangeContext,
  id: string,
  { text }: ReadOptions,
): DocumentDetails | undefined => {
  if (!text) return queries.documentDetails(id);
  const document = store.documents.find(id);
  // The number alone: the text is in the document's blocks already.
  const version = store.versions.currentVersion(id);
  if (!document || version === undefined) return undefined;
  const { title, source, byline, siteName, publishedAt, addedAt, blocks } = document;
  const { pages = [], format } = document;
  return {
    info: { id, title, source, byline, siteName, publishedAt, addedAt, blocks, pages, format },
    version,
  };
};

/** Reads document by document: for a few documents, where reading whole tables would not pay. */
export const readsOneByOne = (context: ExchangeContext, options: ReadOptions): DocumentReads => {
  const { store, mentions, links, references } = context;
  return {
    details: (id) => detailsOne(context, id, options),
    reference: (id) => references.find(id),
    highlights: (id) => store.highlights.listByDocument(id),
    notes: (id) => store.notes.listByDocument(id),
    extraction: (id) => mentions.extraction(id),
    mentions: (id, version) => mentions.list(id, version),
    links: (documentId) => ({
      live: linksIn(links, { documentId }),
      stored: links.stored({ documentId }),
    }),
  };
};

/**
 * Reads each table once, between `between` calls (progress, cancel, other requests), and
 * answers from memory. The documents' text, when the export carries it, is still read one
 * document at a time: holding every text of the library twice is not worth the queries saved.
 */
export const readsAtOnce = async (
  context: ExchangeContext,
  options: ReadOptions,
  between: () => Promise<void>,
): Promise<DocumentReads> => {
  const { store, mentions, links, references, queries } = context;
  const details = options.text
    ? undefined
    : new Map(queries.libraryDetails().map((row) => [row.info.id, row]));
  await between();
  const highlights = byDocument(store.highlights.listAll());
  await between();
  const notes = byDocument(store.notes.listAll());
  await between();
  const extractions = new Map(mentions.extractions().map((row) => [row.documentId, row]));
  const mentionsOf = byDocument(mentions.currentMentions());
  await between();
  const referencesOf = new Map(references.all().map((row) => [row.documentId, row]));
  const live = byDocument(linksIn(links, null));
  const stored = byDocument(links.stored(null));
  await between();
  return {
    details: (id) => (details ? details.get(id) : detailsOne(context, id, options)),
    reference: (id) => referencesOf.get(id),
    highlights: (id) => highlights.get(id) ?? [],
    notes: (id) => notes.get(id) ?? [],
    extraction: (id) => extractions.get(id),
    // Only the current version's are read, and only asked for when it is the extracted one.
    mentions: (id) => mentionsOf.get(id) ?? [],
    links: (documentId) => ({
      live: live.get(documentId) ?? [],
      stored: stored.get(documentId) ?? [],
    }),
  };
};
