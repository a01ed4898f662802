import type Database from 'better-sqlite3';
import { createReferencesRepository } from '../citations/repository';
import { createEntitiesRepository } from '../db/entitiesRepository';
import { createExchangeQueries } from '../db/exchangeQueries';
import { createMentionsRepository } from '../db/mentionsRepository';
import { createNoteLinksRepository } from '../db/noteLinksRepository';
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
