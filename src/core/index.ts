import type { Handlers } from '../shared/contract';
import type { ExportService } from './services/exporter';
import { openDatabase } from './db/connection';
import { createSettingsRepository } from './db/settingsRepository';
import { createStore } from './db/store';
import { shippedNameModel, useNameModel } from './entities/modelPath';
import { seedLibrary } from './seed';
import { createAnnotationsService } from './services/annotations';
import { createDocumentsService } from './services/documents';
import { createEntitiesService } from './services/entities';
import { createFileImportService } from './services/importFile';
import { createNotesService } from './services/notes';
import { createPreferencesService } from './services/preferences';
import { createSearchService } from './services/search';
import { createTrashService } from './services/trash';

export { resolveDataDir } from './paths';

export interface CoreOptions {
  /** Folder of gloss.db (see resolveDataDir). */
  dataDir: string;
  /** Folder of the files shipped with the app (the bundled article). */
  resourcesDir: string;
}

export interface Core {
  handlers: Handlers;
  dataDir: string;
  /** Closes the database; safe to call more than once. */
  close(): void;
}

/**
 * Opens the library in `dataDir` (creating and migrating it as needed, adding the bundled
 * article on first run) and returns the handlers every shell dispatches to. Rejects with
 * GlossError('database_newer') for a database written by a newer Gloss.
 */
export const openCore = async ({ dataDir, resourcesDir }: CoreOptions): Promise<Core> => {
  const db = await openDatabase(dataDir);
  try {
    const settings = createSettingsRepository(db);
    const store = createStore(db);
    const documents = createDocumentsService(store);
    const annotations = createAnnotationsService(store);
    const notes = createNotesService(store);
    const entities = createEntitiesService(db, store);
    const trash = createTrashService(store);
    const preferences = createPreferencesService(settings);
    const files = createFileImportService(documents);
    const search = createSearchService(db);
    // The export stack (YAML, Markdown, CSV, Web Annotation) loads on the first export or
    // library import: start-up does not pay for it.
    let exporter: Promise<ExportService> | null = null;
    const exporting = (): Promise<ExportService> =>
      (exporter ??= import('./services/exporter').then(({ createExportService }) =>
        createExportService(db, store, { extractEntities: entities.extracted }),
      ));
    seedLibrary({ db, documents, settings, resourcesDir });
    useNameModel(shippedNameModel(resourcesDir));

    const handlers = {
      'library.list': () => documents.list(),
      'documents.get': ({ id }) => documents.get(id),
      'documents.importText': (input) => documents.importText(input),
      'documents.importFile': ({ name, data }) =>
        files.importFile(name, Buffer.from(data, 'base64')),
      'documents.rename': ({ id, title }) => documents.rename(id, title),
      'documents.markOpened': ({ id }) => documents.markOpened(id),
      'documents.delete': ({ id }) => documents.delete(id),
      'documents.replaceText': (input) => documents.replaceText(input),
      'trash.list': () => trash.list(),
      'trash.restore': ({ id }) => trash.restore(id),
      'trash.empty': ({ ids }) => trash.empty(ids),
      'search.query': ({ query, limit }) => search.query(query, limit),
      'export.write': async (input) => (await exporting()).write(input),
      'library.importJson': async ({ data }) => (await exporting()).importJson(data),
      'preferences.get': () => preferences.get(),
      'preferences.update': (input) => preferences.update(input),
      'annotations.list': ({ documentId }) => annotations.list(documentId),
      'highlights.create': (input) => annotations.create(input),
      'highlights.update': (input) => annotations.update(input),
      'highlights.delete': ({ id }) => annotations.delete(id),
      'highlights.restore': (input) => annotations.restore(input),
      'highlights.reattach': (input) => annotations.reattach(input),
      'notes.save': (input) => notes.save(input),
      'notes.delete': ({ id }) => notes.delete(id),
      'notes.restore': ({ note }) => notes.restore(note),
      'entities.list': ({ documentId }) => entities.list(documentId),
      'entities.refresh': ({ documentId }) => entities.refresh(documentId),
      'entities.get': ({ entityId }) => entities.get(entityId),
      'entities.rename': ({ entityId, canonical }) =>
        entities.corrections.rename(entityId, canonical),
      'entities.retype': ({ entityId, type }) => entities.corrections.retype(entityId, type),
      'entities.merge': ({ entityId, intoId }) => entities.corrections.merge(entityId, intoId),
      'entities.split': ({ entityId, alias }) => entities.corrections.split(entityId, alias),
      'entities.hide': ({ entityId, hidden }) => entities.corrections.hide(entityId, hidden),
      'entities.addFromSelection': ({ documentId, start, end, type }) =>
        entities.corrections.addFromSelection(documentId, start, end, type),
      'noteLinks.list': ({ documentId }) => entities.noteLinks.list(documentId),
      'noteLinks.add': ({ noteId, entityId }) => entities.noteLinks.add(noteId, entityId),
      'noteLinks.remove': ({ noteId, entityId }) => entities.noteLinks.remove(noteId, entityId),
    } satisfies Handlers;

    return {
      handlers,
      dataDir,
      close: () => {
        entities.dispose();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
};
