import path from 'node:path';
import type { Handlers } from '../shared/contract';
import { registerStyles } from './citations/citationJs';
import { citationsHandlers } from './citations/handlers';
import { createCitationsService } from './citations/service';
import type Database from 'better-sqlite3';
import type { ExportService } from './export/service';
import { backupFolderName, databaseFileName, openDatabase } from './db/connection';
import { libraryFiles, storageError, withStorageErrors } from './db/storageErrors';
import { createSettingsRepository } from './preferences/repository';
import { createStore } from './db/store';
import { shippedNameModel, useNameModel } from './entities/modelPath';
import { seedLibrary } from './library/seed';
import { annotationsHandlers } from './annotations/handlers';
import { documentsHandlers } from './documents/handlers';
import { entitiesHandlers } from './entities/handlers';
import { exportHandlers } from './export/handlers';
import { importHandlers } from './import/handlers';
import { clippingsHandlers } from './import/clippings/handlers';
import { createClippingsService } from './import/clippings/service';
import { libraryHandlers } from './library/handlers';
import { notesHandlers } from './notes/handlers';
import { preferencesHandlers } from './preferences/handlers';
import { reviewHandlers } from './review/handlers';
import { createReviewService } from './review/service';
import { searchHandlers } from './search/handlers';
import { createAnnotationsService } from './annotations/service';
import { createDocumentsService } from './documents/service';
import { createEntitiesService } from './entities/service';
import { createFileImportService } from './import/importFile';
import { createNotesService } from './notes/service';
import { createPreferencesService } from './preferences/service';
import { createSearchService } from './search/service';
import { createTrashService } from './library/trash';
import { createFileUpdates } from './documents/fileUpdates';
import { createActivity, createReferenceWarmer, noteActivity } from './citations/warm';

export { resolveDataDir } from './paths';

export interface CoreOptions {
  /** Folder of gloss.db (see resolveDataDir). */
  dataDir: string;
  /** Folder of the files shipped with the app (the bundled article). */
  resourcesDir: string;
  /**
   * Formats new references in the default style in the background (citations/warm.ts), so
   * that exports find them ready: for the app's long-lived process, not the CLI's.
   */
  formatReferencesWhenIdle?: boolean;
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
 * GlossError('database_newer') for a database written by a newer Gloss, and 'storage' for a
 * folder it cannot write, a full disk or a damaged file (naming the latest backup).
 */
export const openCore = async (options: CoreOptions): Promise<Core> => {
  const { dataDir } = options;
  const db = await openDatabase(dataDir);
  try {
    return composeCore(db, options);
  } catch (error) {
    db.close();
    throw storageError(libraryFilesOf(dataDir), error) ?? error;
  }
};

const libraryFilesOf = (dataDir: string) =>
  libraryFiles(dataDir, databaseFileName, backupFolderName);

/**
 * The core on an open database: the features' services and handlers. openCore's second half,
 * apart so that tests can set the connection up first (a size limit: a full disk).
 */
export const composeCore = (
  db: Database.Database,
  { dataDir, resourcesDir, formatReferencesWhenIdle = false }: CoreOptions,
): Core => {
  const settings = createSettingsRepository(db);
  const store = createStore(db);
  const citations = createCitationsService(db, store);
  const documents = createDocumentsService(store, { onImported: citations.attach });
  const annotations = createAnnotationsService(store);
  const notes = createNotesService(store);
  const entities = createEntitiesService(db, store);
  const trash = createTrashService(store);
  const preferences = createPreferencesService(settings);
  const files = createFileImportService(documents);
  const fileUpdates = createFileUpdates(store, () => new Date(), {
    documentAtUrl: citations.documentAtUrl,
  });
  const clippings = createClippingsService(db, store, documents);
  const activity = createActivity();
  const search = createSearchService(db, activity);
  let exporter: Promise<ExportService> | null = null;
  const loadExporter = (): Promise<ExportService> =>
    (exporter ??= import('./export/service').then(({ createExportService }) =>
      createExportService(db, store, {
        extractEntities: entities.extracted,
        references: citations.ensure,
        formatted: citations.formatted,
      }),
    ));
  const review = createReviewService(db, store);
  seedLibrary({ db, documents, settings, resourcesDir });
  useNameModel(shippedNameModel(resourcesDir));
  registerStyles(path.join(resourcesDir, 'csl'));
  const warmer = createReferenceWarmer(db, store, citations.formatted, {}, activity);
  if (formatReferencesWhenIdle) warmer.start();

  const handlers = {
    ...libraryHandlers({ documents, trash }),
    ...documentsHandlers({ documents }),
    ...importHandlers({ documents, files, fileUpdates }),
    ...clippingsHandlers({ clippings }),
    ...searchHandlers({ search }),
    ...exportHandlers({ loadExporter }),
    ...preferencesHandlers({ preferences }),
    ...annotationsHandlers({ annotations }),
    ...notesHandlers({ notes }),
    ...entitiesHandlers({ entities }),
    ...citationsHandlers({ citations }),
    ...reviewHandlers({ review }),
  } satisfies Handlers;

  return {
    handlers: noteActivity(withStorageErrors(handlers, libraryFilesOf(dataDir)), activity.noted),
    dataDir,
    close: () => {
      warmer.stop();
      entities.dispose();
      if (db.open) db.close();
    },
  };
};
