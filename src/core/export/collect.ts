import { byNoteThenEntity, compareText } from '../../shared/export/order';
import type {
  ExportedDocument,
  ExportedEntity,
  ExportedLibrary,
  ExportedLink,
} from '../../shared/export/types';
import { GlossError } from '../../shared/result';
import { entityView } from '../entities/views';
import { documentNotFound } from '../errors';
import { linksIn, type DocumentLink } from '../entities/noteLinks';
import type { StoredLink } from '../entities/noteLinksRepository';
import type { ExchangeContext } from './context';
import { noProgress, yieldToRequests, type ExportRun } from './progress';

const inTrash = (id: string): GlossError =>
  new GlossError(
    'not_found',
    `The document with id "${id}" is in the Trash; restore it first to export it.`,
  );

/** The documents to export: the given ones (checked), else the library without the Trash. */
const documentIdsFor = (context: ExchangeContext, ids: readonly string[] | undefined): string[] => {
  if (ids === undefined) return context.queries.libraryTitles().map((document) => document.id);
  for (const id of ids) {
    const deletedAt = context.queries.deletedAt(id);
    if (deletedAt === undefined) throw documentNotFound(id);
    if (deletedAt !== null) throw inTrash(id);
  }
  return [...new Set(ids)];
};

/** A document's note links: the live ones (manual and automatic) and the stored rows. */
type LinksOf = (documentId: string) => { live: DocumentLink[]; stored: StoredLink[] };

/** From this many documents on, the whole library's links are read at once and grouped. */
const linksOfLibraryFrom = 200;

const byDocument = <T extends { documentId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const group = grouped.get(row.documentId);
    if (group) group.push(row);
    else grouped.set(row.documentId, [row]);
  }
  return grouped;
};

/**
 * How the export reads note links: per document for a few, else two queries for the whole
 * library (10,000 documents: 240 ms instead of 1.1 s of per-document queries).
 */
export const linksReader = ({ links }: ExchangeContext, count: number): LinksOf => {
  if (count < linksOfLibraryFrom) {
    return (documentId) => ({
      live: linksIn(links, { documentId }),
      stored: links.stored({ documentId }),
    });
  }
  const live = byDocument(linksIn(links, null));
  const stored = byDocument(links.stored(null));
  return (documentId) => ({
    live: live.get(documentId) ?? [],
    stored: stored.get(documentId) ?? [],
  });
};

const collectDocument = (
  context: ExchangeContext,
  id: string,
  linksOf: LinksOf,
): ExportedDocument => {
  const { store, mentions } = context;
  const document = store.documents.find(id);
  // The number alone: the text is in the document's blocks already.
  const version = store.versions.currentVersion(id);
  if (!document || version === undefined) throw documentNotFound(id);
  const extraction = mentions.extraction(id);
  const extracted = extraction?.version === version ? extraction : undefined;
  const links = linksOf(id);
  const live: ExportedLink[] = links.live.map(({ noteId, entityId, kind }) => ({
    noteId,
    entityId,
    kind,
  }));
  const removed: ExportedLink[] = links.stored
    .filter((link) => link.suppressed)
    .map(({ noteId, entityId }) => ({ noteId, entityId, kind: 'removed' }));
  const { title, source, byline, siteName, publishedAt, addedAt, blocks } = document;
  const { pages = [], format } = document;
  const stored = context.references.find(id);
  return {
    info: { id, title, source, byline, siteName, publishedAt, addedAt, blocks, pages, format },
    ...(stored ? { citation: { citekey: stored.citekey, reference: stored.reference } } : {}),
    highlights: store.highlights.listByDocument(id),
    notes: store.notes.listByDocument(id),
    extraction: extracted
      ? { extractor: extracted.extractor, extractedAt: extracted.extractedAt }
      : null,
    mentions: extracted
      ? mentions.list(id, version).map(({ entityId, start, end, text }) => ({
          entityId,
          start,
          end,
          text,
        }))
      : [],
    links: [...live, ...removed].sort(byNoteThenEntity),
  };
};

/**
 * The entities the documents mention or link to. Their other names come from their alias keys
 * and the mentions exported with them, so an export depends only on what it contains.
 */
const collectEntities = (
  context: ExchangeContext,
  documents: readonly ExportedDocument[],
): ExportedEntity[] => {
  const texts = new Map<string, Set<string>>();
  const note = (entityId: string, text?: string) => {
    const set = texts.get(entityId) ?? new Set<string>();
    if (text !== undefined) set.add(text);
    texts.set(entityId, set);
  };
  for (const document of documents) {
    for (const mention of document.mentions) note(mention.entityId, mention.text);
    for (const link of document.links) note(link.entityId);
  }
  const ids = [...texts.keys()].sort(compareText);
  return ids.flatMap((id): ExportedEntity[] => {
    const record = context.entities.find(id);
    if (!record) return [];
    const aliasKeys = context.queries.aliasKeys(id);
    const view = entityView(record, [
      ...aliasKeys.map((key) => key.name),
      ...(texts.get(id) ?? []),
    ]);
    const { type, canonical, aliases, value, hidden } = view;
    const { createdAt, updatedAt } = record;
    return [{ id, type, canonical, aliases, value, hidden, aliasKeys, createdAt, updatedAt }];
  });
};

/** Documents read between two looks at the export's progress and cancel. */
const stepSize = 100;

/**
 * Reads what an export holds, on one consistent snapshot of the library (`onSnapshot`), a
 * hundred documents at a time: between steps it reports how far it is and stops if cancelled.
 */
export const collectLibrary = async (
  context: ExchangeContext,
  documentIds: readonly string[] | undefined,
  exportedAt: string,
  run: ExportRun = noProgress,
): Promise<ExportedLibrary> => {
  const ids = documentIdsFor(context, documentIds);
  const linksOf = linksReader(context, ids.length);
  const documents: ExportedDocument[] = [];
  for (const [index, id] of ids.entries()) {
    if (index % stepSize === 0) {
      run.check();
      const current = context.queries.title(id) ?? null;
      run.report({ stage: 'reading', done: index, total: ids.length, current });
      await yieldToRequests();
    }
    documents.push(collectDocument(context, id, linksOf));
  }
  run.check();
  documents.sort(
    (a, b) => compareText(a.info.addedAt, b.info.addedAt) || compareText(a.info.id, b.info.id),
  );
  return { exportedAt, documents, entities: collectEntities(context, documents) };
};
