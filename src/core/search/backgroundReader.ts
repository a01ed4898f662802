import type Database from 'better-sqlite3';
import type { OwnerIndexReader } from './ownerIndex';

/** How often a library just opened is looked at for a quiet spell to read ahead in. */
const readAheadCheckMs = 2_000;

/** Another caller's transaction open across requests: looked at again this much later. */
const busyRetryMs = 50;

/**
 * Reads the rest of the owner index (search/ownerIndex.ts) a slice at a time between requests,
 * so the searches after the first map their matches in memory. Answers the function that
 * starts it (a search calls it after answering; it does nothing once the index is read).
 *
 * With `idle` (the app's request activity), it also starts once the app has been quiet a
 * while after opening, so a user's first search, seconds later, maps its matches in memory:
 * never before the first screen's requests, nor amid a user's clicks.
 */
export const createBackgroundReader = (
  db: Database.Database,
  owners: OwnerIndexReader,
  idle?: { quiet: () => boolean },
): (() => void) => {
  const readSlice = db.transaction(() => owners.readSlice());
  let reading = false;

  const step = () => {
    if (!db.open) return;
    if (db.inTransaction) {
      setTimeout(step, busyRetryMs).unref();
      return;
    }
    let done = true;
    try {
      done = readSlice.deferred();
    } catch (error) {
      // Searches still answer, looking owners up or reading them all; the next one retries.
      console.error('gloss: reading the search owner index in the background failed', error);
    }
    if (done) reading = false;
    else setImmediate(step);
  };

  const start = () => {
    if (reading || owners.complete()) return;
    reading = true;
    setImmediate(step);
  };

  if (idle) {
    const startWhenQuiet = () => {
      if (!db.open) return;
      if (idle.quiet()) start();
      else setTimeout(startWhenQuiet, readAheadCheckMs).unref();
    };
    setTimeout(startWhenQuiet, readAheadCheckMs).unref();
  }
  return start;
};
