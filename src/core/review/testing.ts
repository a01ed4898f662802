import { openDatabase } from '../db/connection';
import { createStore } from '../db/store';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { createReviewService } from './service';

/** A test library with the review on a clock the test sets (local time, as the review counts days). */
export interface ReviewFixture extends TestLibrary {
  review: ReturnType<typeof createReviewService>;
  /** Sets the review's clock. */
  at: (when: Date) => void;
  /** Closes the connection and opens the same file again, as a restart does. */
  reopen: () => Promise<ReturnType<typeof createReviewService>>;
}

export const openReviewFixture = async (): Promise<ReviewFixture> => {
  const library = await openTestLibrary();
  let clock = new Date(2025, 2, 3, 12);
  const now = () => clock;
  const review = createReviewService(library.db, library.store, { now });
  const reopened: Array<{ close: () => void }> = [];
  return {
    ...library,
    review,
    at: (when) => {
      clock = when;
    },
    reopen: async () => {
      library.db.close();
      const db = await openDatabase(library.dir);
      reopened.push(db);
      return createReviewService(db, createStore(db), { now });
    },
    close: () => {
      for (const db of reopened) db.close();
      library.close();
    },
  };
};

/** Noon local time on the given day of March 2025, plus `days`. */
export const noon = (day: number, days = 0): Date => new Date(2025, 2, day + days, 12);
