import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { review009 } from './009_review';

const body = 'Memory is the residue of thought.';

/** A library as the release before this migration wrote it: one document with one highlight. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter((migration) => migration.version < review009.version),
    },
  });
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc', 1, 'Memory', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  db.exec(`INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color,
      tags, status, created_at, updated_at)
    VALUES ('h1', 'doc', 0, 6, 'Memory', '', '', 'yellow', '[]', 'anchored', 'now', 'now')`);
  db.close();
};

const count = (db: Database.Database, table: string): number =>
  db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1;

const addReviewRows = (db: Database.Database): void => {
  db.exec(`INSERT INTO review_cards (highlight_id, document_id, state, due, stability, difficulty,
      elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review)
    VALUES ('h1', 'doc', 2, '2025-03-04T10:00:00.000Z', 3.2, 2.1, 0, 3, 0, 1, 0,
      '2025-03-01T10:00:00.000Z')`);
  db.exec(`INSERT INTO review_log (highlight_id, document_id, rating, reviewed_at, card_before,
      card_after) VALUES ('h1', 'doc', 3, '2025-03-01T10:00:00.000Z', '{}', '{}')`);
  db.exec(`INSERT INTO review_exclusions (highlight_id, document_id, excluded_at)
    VALUES ('h1', 'doc', '2025-03-01T10:00:00.000Z')`);
};

describe('migration 9: review', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    await makePreviousLibrary(dir);
    db = await openDatabase(dir);
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('upgrades an existing library with every highlight new to review', () => {
    expect(readUserVersion(db)).toBeGreaterThanOrEqual(review009.version);
    expect(count(db, 'review_cards')).toBe(0);
    expect(count(db, 'review_log')).toBe(0);
    expect(count(db, 'review_exclusions')).toBe(0);
  });

  it('reads the oldest highlights in order without sorting the library', () => {
    const plan = db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT id FROM highlights ORDER BY created_at, id LIMIT 10`,
      )
      .all()
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('highlights_by_creation');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('keeps a card when its highlight is deleted (undo brings both back)', () => {
    addReviewRows(db);
    db.exec(`DELETE FROM highlights WHERE id = 'h1'`);
    expect(count(db, 'review_cards')).toBe(1);
  });

  it('removes cards, log and exclusions with their document for good', () => {
    addReviewRows(db);
    db.exec(`DELETE FROM documents WHERE id = 'doc'`);
    expect(count(db, 'review_cards')).toBe(0);
    expect(count(db, 'review_log')).toBe(0);
    expect(count(db, 'review_exclusions')).toBe(0);
  });

  it('refuses a rating outside 1 to 4 and a log entry that is not JSON', () => {
    const insert = (rating: number, before: string) => () =>
      db
        .prepare(
          `INSERT INTO review_log (highlight_id, document_id, rating, reviewed_at, card_before,
             card_after) VALUES ('h1', 'doc', ?, 'now', ?, '{}')`,
        )
        .run(rating, before);
    expect(insert(0, '{}')).toThrow(/CHECK constraint/u);
    expect(insert(3, 'not json')).toThrow(/CHECK constraint/u);
  });
});
