import Database from 'better-sqlite3';
import { busyTimeoutMs } from '../db/connection';
import { createStore } from '../db/store';
import { createExchangeContext, type ExchangeContext } from './context';

/**
 * Runs `work` on a snapshot of the library that stays the same across awaits: a second,
 * read-only connection to the same file holds one read transaction open (WAL keeps its view)
 * while the app's own connection goes on answering and committing other requests. A
 * transaction left open on the app's connection instead would take in every write made
 * meanwhile. So a long export reads in steps, reports progress and can stop between them.
 */
export const onSnapshot = async <T>(
  db: Database.Database,
  work: (context: ExchangeContext) => Promise<T>,
): Promise<T> => {
  const reader = new Database(db.name, {
    readonly: true,
    fileMustExist: true,
    timeout: busyTimeoutMs,
  });
  try {
    // BEGIN alone takes no snapshot: the first read does, so it is made at once.
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM documents').get();
    try {
      return await work(createExchangeContext(reader, createStore(reader)));
    } finally {
      reader.exec('COMMIT');
    }
  } finally {
    reader.close();
  }
};
