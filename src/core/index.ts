import type { Handlers } from '../shared/contract';
import { openDatabase } from './db/connection';
import { createDocumentsRepository } from './db/documentsRepository';
import { createSettingsRepository } from './db/settingsRepository';
import { seedLibrary } from './seed';
import { createDocumentsService } from './services/documents';

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
    const documents = createDocumentsService(createDocumentsRepository(db));
    seedLibrary({ db, documents, settings, resourcesDir });

    const handlers = {
      'library.list': () => documents.list(),
      'documents.get': ({ id }) => documents.get(id),
      'documents.importText': (input) => documents.importText(input),
      'documents.markOpened': ({ id }) => documents.markOpened(id),
      'documents.delete': ({ id }) => documents.delete(id),
    } satisfies Handlers;

    return {
      handlers,
      dataDir,
      close: () => {
        if (db.open) db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
};
