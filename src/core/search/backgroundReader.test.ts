import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createBackgroundReader } from './backgroundReader';
import { createOwnerIndex, type OwnerIndexReader } from './ownerIndex';
import { createSearchRepository } from './repository';

/** The owner index read between requests: in slices, on a search or once the app is quiet. */
describe('owner index read in the background', () => {
  let library: TestLibrary;
  let owners: OwnerIndexReader;

  beforeEach(async () => {
    library = await openTestLibrary();
    for (let index = 0; index < 4; index += 1) {
      const { id } = library.documents.importText({
        text: `Dock ${index} log.`,
        title: `D${index}`,
      });
      library.notes.save({ documentId: id, highlightId: null, body: `Note ${index}.`, tags: [] });
    }
    // Slices of one change: the reading takes several turns of the event loop.
    owners = createOwnerIndex(createSearchRepository(library.db), 0, 1);
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    library.close();
  });

  it('reads the whole index, a slice a turn, once started', () => {
    const start = createBackgroundReader(library.db, owners);
    start();
    vi.advanceTimersToNextTimer();
    expect(owners.complete()).toBe(false);
    vi.runAllTimers();
    expect(owners.complete()).toBe(true);
  });

  it('starts by itself only once the app is quiet, and stops with the library', () => {
    let quiet = false;
    createBackgroundReader(library.db, owners, { quiet: () => quiet });
    vi.advanceTimersByTime(10_000);
    expect(owners.complete()).toBe(false);
    quiet = true;
    vi.runAllTimers();
    expect(owners.complete()).toBe(true);

    const other = createOwnerIndex(createSearchRepository(library.db), 0, 1);
    createBackgroundReader(library.db, other, { quiet: () => true });
    library.db.close();
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(other.complete()).toBe(false);
  });
});
