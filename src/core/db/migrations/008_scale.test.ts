import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { scale008 } from './008_scale';

const plan = (db: Database.Database, sql: string): string =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('\n');

describe('migration 8: indexes for large libraries', () => {
  let dir: string;
  let db: Database.Database;

  beforeEach(async () => {
    dir = makeTempDir();
    // A library as the migration before this one left it, then upgraded.
    const before = migrations.slice(0, scale008.version - 1);
    (await openDatabase(dir, { migrate: { migrations: before } })).close();
    db = await openDatabase(dir);
  });

  afterEach(() => {
    db.close();
    removeTempDir(dir);
  });

  it('upgrades an existing library to its version', () => {
    expect(readUserVersion(db)).toBeGreaterThanOrEqual(scale008.version);
  });

  it("answers a document's entities from the index alone", () => {
    const detail = plan(
      db,
      `SELECT DISTINCT entity_id FROM mentions WHERE document_id = 'd' AND version = 1`,
    );
    expect(detail).toContain('COVERING INDEX mentions_by_document_entity');
  });
});
