import type Database from 'better-sqlite3';
import { createReferencesRepository } from '../citations/repository';
import { createEntitiesRepository } from '../entities/repository';
import { createExchangeQueries } from './queries';
import { createMentionsRepository } from '../entities/mentionsRepository';
import { createNoteLinksRepository } from '../entities/noteLinksRepository';
import type { Store } from '../db/store';

/** Every repository export and library import read or write through. */
export const createExchangeContext = (db: Database.Database, store: Store) => ({
  store,
  entities: createEntitiesRepository(db),
  mentions: createMentionsRepository(db),
  links: createNoteLinksRepository(db),
  queries: createExchangeQueries(db),
  references: createReferencesRepository(db),
});

export type ExchangeContext = ReturnType<typeof createExchangeContext>;
