import { storeWithKey } from '../citations/keys';
import type { ExportedDocument, ExportedEntity } from '../../shared/export/types';
import { readWebAnnotation } from '../../shared/export/readWebAnnotation';
import type { LibraryImportReport } from '../../shared/exchange';
import { GlossError } from '../../shared/result';
import { canonicalText } from '../../shared/text';
import type { ExchangeContext } from './context';

const notAnExport = (reason: string) =>
  new GlossError('invalid_input', `This file is not a Gloss library export: ${reason}`);

/** Imported text is version 1, as a fresh import would be (see migration 2). */
const importedVersion = 1;

const checkOffsets = (document: ExportedDocument, length: number): void => {
  for (const highlight of document.highlights) {
    if (highlight.end <= highlight.start || highlight.end > length) {
      throw notAnExport(`highlight "${highlight.id}" lies outside its document's text.`);
    }
  }
  for (const mention of document.mentions) {
    if (mention.end <= mention.start || mention.end > length) {
      throw notAnExport(`a mention in "${document.info.title}" lies outside the text.`);
    }
  }
};

const insertEntity = (context: ExchangeContext, entity: ExportedEntity): void => {
  if (context.entities.find(entity.id)) return;
  const { id, type, canonical, value, hidden, createdAt, updatedAt } = entity;
  context.entities.insert({
    id,
    type,
    canonical,
    value,
    hidden,
    mergedInto: null,
    createdAt,
    updatedAt,
  });
  for (const key of entity.aliasKeys) context.entities.addAlias(key.type, key.name, id);
};

const insertDocument = (
  context: ExchangeContext,
  document: ExportedDocument,
  entities: ReadonlyMap<string, ExportedEntity>,
  stamp: string,
): void => {
  const { store, mentions, links } = context;
  const { info } = document;
  const body = canonicalText(info.blocks);
  checkOffsets(document, body.length);
  store.documents.insert({ ...info, body, charCount: body.length });
  if (document.citation) storeWithKey(context.references, info.id, document.citation, stamp);
  for (const highlight of document.highlights) {
    if (highlight.documentId !== info.id)
      throw notAnExport(`highlight "${highlight.id}" is misplaced.`);
    store.highlights.insert(highlight);
  }
  for (const note of document.notes) store.notes.insert(note);
  const used = new Set([...document.mentions, ...document.links].map((item) => item.entityId));
  for (const entityId of used) {
    const entity = entities.get(entityId);
    if (!entity) throw notAnExport(`entity "${entityId}" is used but not described.`);
    insertEntity(context, entity);
  }
  if (document.extraction) {
    const { extractor, extractedAt } = document.extraction;
    for (const mention of document.mentions) {
      mentions.insert({ ...mention, documentId: info.id, version: importedVersion });
    }
    mentions.setExtraction({
      documentId: info.id,
      version: importedVersion,
      extractor,
      extractedAt,
    });
  }
  // Automatic links are derived from highlights and mentions; only the user's choices are stored.
  for (const { noteId, entityId, kind } of document.links) {
    if (kind === 'auto') continue;
    const manual = kind === 'manual';
    const link = {
      noteId,
      entityId,
      documentId: info.id,
      kind: manual ? 'manual' : 'auto',
      suppressed: !manual,
    } as const;
    links.insert(link, stamp);
  }
};

/**
 * Imports a JSON library export in one transaction, keeping every id. A document already in
 * the library (or its Trash) is left as it is and counted as skipped, with its annotations.
 */
export const importLibraryJson = (
  context: ExchangeContext,
  json: string,
  stamp: string,
): LibraryImportReport => {
  let library;
  try {
    library = readWebAnnotation(json);
  } catch (error) {
    throw notAnExport(error instanceof Error ? error.message : String(error));
  }
  const entities = new Map(library.entities.map((entity) => [entity.id, entity]));
  const report: LibraryImportReport = { documents: 0, highlights: 0, notes: 0, skipped: 0 };
  try {
    context.store.write(() => {
      for (const document of library.documents) {
        const id = document.info.id;
        // documentExists leaves the Trash out; a trashed document is still there, kept as is.
        if (context.store.versions.documentExists(id) || context.store.trash.titleOf(id)) {
          report.skipped += 1;
          continue;
        }
        insertDocument(context, document, entities, stamp);
        report.documents += 1;
        report.highlights += document.highlights.length;
        report.notes += document.notes.length;
      }
    });
  } catch (error) {
    if (error instanceof GlossError) throw error;
    // A constraint the file breaks (a duplicate id, a note on another document's highlight):
    // the transaction rolled back, nothing was imported.
    const reason = error instanceof Error ? error.message : String(error);
    throw notAnExport(`it conflicts with the library or with itself (${reason}).`);
  }
  return report;
};
