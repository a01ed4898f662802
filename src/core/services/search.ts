import type Database from 'better-sqlite3';
import type { SearchResults } from '../../shared/search';
import { GlossError } from '../../shared/result';

// SCAFFOLD (helper "search" replaces this file).
export const createSearchService = (db: Database.Database) => {
  void db;
  return {
    query: (query: string, limit?: number): SearchResults => {
      void limit;
      throw new GlossError('internal', `Not built yet: ${query}`);
    },
  };
};
