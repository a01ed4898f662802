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
import type { ExchangeContext } from './context';
import {
  readsAtOnce,
  readsOneByOne,
  wholeLibraryFrom,
  type DocumentReads,
  type ReadOptions,
} from './libraryReads';
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

const collectDocument = (reads: DocumentReads, id: string): ExportedDocument => {
  const details = reads.details(id);
  if (!details) throw documentNotFound(id);
  const { info, version } = details;
  const extraction = reads.extraction(id);
  const extracted = extraction?.version === version ? extraction : undefined;
  const links = reads.links(id);
  const live: ExportedLink[] = links.live.map(({ noteId, entityId, kind }) => ({
    noteId,
    entityId,
    kind,
  }));
  const removed: ExportedLink[] = links.stored
    .filter((link) => link.suppressed)
    .map(({ noteId, entityId }) => ({ noteId, entityId, kind: 'removed' }));
  const stored = reads.reference(id);
  return {
    info,
    ...(stored ? { citation: { citekey: stored.citekey, reference: stored.reference } } : {}),
    highlights: reads.highlights(id),
    notes: reads.notes(id),
    extraction: extracted
      ? { extractor: extracted.extractor, extractedAt: extracted.extractedAt }
      : null,
    mentions: extracted
      ? reads.mentions(id, version).map(({ entityId, start, end, text }) => ({
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

export interface CollectOptions extends ReadOptions {
  /** How the documents are read (tests compare both); by default by their number. */
  reads?: 'one by one' | 'at once';
}

/**
 * Reads what an export holds, on one consistent snapshot of the library (`onSnapshot`), a
 * hundred documents at a time: between steps it reports how far it is and stops if cancelled.
 * A whole library is read table by table first (`readsAtOnce`), then put together.
 */
export const collectLibrary = async (
  context: ExchangeContext,
  documentIds: readonly string[] | undefined,
  exportedAt: string,
  run: ExportRun = noProgress,
  { text, reads: how }: CollectOptions = { text: true },
): Promise<ExportedLibrary> => {
  const ids = documentIdsFor(context, documentIds);
  const atOnce = (how ?? (ids.length >= wholeLibraryFrom ? 'at once' : 'one by one')) === 'at once';
  const progress = (index: number) => {
    run.check();
    const current = ids[index] === undefined ? null : (context.queries.title(ids[index]) ?? null);
    run.report({ stage: 'reading', done: index, total: ids.length, current });
  };
  const reads = atOnce
    ? await readsAtOnce(context, { text }, async () => {
        progress(0);
        await yieldToRequests();
      })
    : readsOneByOne(context, { text });
  const documents: ExportedDocument[] = [];
  for (const [index, id] of ids.entries()) {
    if (index % stepSize === 0) {
      progress(index);
      await yieldToRequests();
    }
    documents.push(collectDocument(reads, id));
  }
  run.check();
  documents.sort(
    (a, b) => compareText(a.info.addedAt, b.info.addedAt) || compareText(a.info.id, b.info.id),
  );
  return { exportedAt, documents, entities: collectEntities(context, documents) };
};
