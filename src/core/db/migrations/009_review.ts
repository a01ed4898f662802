import type { Migration } from './types';

/**
 * The daily review of highlights (issue 15): FSRS cards, the log of every rating, the review's
 * settings and the highlights left out of it.
 *
 * `review_cards` holds a highlight's FSRS state once it has been rated (a highlight without a
 * row is new). It is keyed by the highlight's id with no foreign key to `highlights`: deleting a
 * highlight can be undone (`highlights.restore` puts it back with the same id), and its schedule
 * must come back with it; the review reads cards through a join with `highlights`, so a deleted
 * highlight simply leaves the queue. Every row goes with its document, when the Trash is emptied.
 *
 * `review_log` keeps every rating: when, which rating, and the card before and after as ts-fsrs
 * wrote them (JSON), so the schedule can be audited or rebuilt and the log exported.
 * `review_exclusions` lists highlights the user chose not to review. The settings are one JSON
 * value in `settings` under the key `review`, like the preferences. `highlights_by_creation` lets
 * the day's new highlights (oldest first) be read without sorting every highlight of the library.
 */
export const review009: Migration = {
  version: 9,
  name: 'review',
  up(db) {
    db.exec(`
      CREATE TABLE review_cards (
        highlight_id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
        due TEXT NOT NULL,
        stability REAL NOT NULL CHECK (stability >= 0),
        difficulty REAL NOT NULL CHECK (difficulty >= 0),
        elapsed_days INTEGER NOT NULL CHECK (elapsed_days >= 0),
        scheduled_days INTEGER NOT NULL CHECK (scheduled_days >= 0),
        learning_steps INTEGER NOT NULL CHECK (learning_steps >= 0),
        reps INTEGER NOT NULL CHECK (reps >= 0),
        lapses INTEGER NOT NULL CHECK (lapses >= 0),
        last_review TEXT
      ) STRICT;

      CREATE INDEX review_cards_by_due ON review_cards (due);
      CREATE INDEX review_cards_by_document ON review_cards (document_id);

      CREATE TABLE review_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        highlight_id TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviewed_at TEXT NOT NULL,
        card_before TEXT NOT NULL CHECK (json_valid(card_before)),
        card_after TEXT NOT NULL CHECK (json_valid(card_after))
      ) STRICT;

      CREATE INDEX review_log_by_time ON review_log (reviewed_at);
      CREATE INDEX review_log_by_document ON review_log (document_id);

      CREATE TABLE review_exclusions (
        highlight_id TEXT PRIMARY KEY NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        excluded_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX review_exclusions_by_document ON review_exclusions (document_id);

      CREATE INDEX highlights_by_creation ON highlights (created_at, id);
    `);
  },
};
