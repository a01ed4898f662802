import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { createHighlightsRepository } from '../../annotations/repository';
import { makeTempDir, removeTempDir } from '../../testing';
import { followedHighlights007 } from './007_followed_highlights';

const body = 'Former U.S. President Donald Trump has reintroduced defense cost-sharing.';

/** A library as the release before this migration wrote it: one document with one highlight. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter(
        (migration) => migration.version < followedHighlights007.version,
      ),
    },
  });
  db.prepare(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count)
     VALUES ('doc', 1, 'Cost-sharing', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?)`,
  ).run(JSON.stringify([{ kind: 'paragraph', text: body }]), body, body.length);
  db.exec(`INSERT INTO document_versions (document_id, version, blocks, body, created_at)
    SELECT id, 1, blocks, body, added_at FROM documents`);
  db.exec(`INSERT INTO highlights (id, document_id, start, "end", exact, prefix, suffix, color,
      tags, status, created_at, updated_at)
    VALUES ('h1', 'doc', 22, 34, 'Donald Trump', '', '', 'yellow', '[]', 'anchored', 'now', 'now')`);
  db.close();
};

describe('migration 7: followed highlights', () => {
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

  it('keeps existing highlights as they were, none of them edited', () => {
    expect(readUserVersion(db)).toBeGreaterThanOrEqual(followedHighlights007.version);
    expect(createHighlightsRepository(db).find('h1')).toMatchObject({
      start: 22,
      quote: { exact: 'Donald Trump' },
      status: 'anchored',
      editedFrom: null,
    });
  });

  it('refuses an empty old quote and a record of an update of a version that does not exist', () => {
    expect(() => db.exec(`UPDATE highlights SET edited_from = '' WHERE id = 'h1'`)).toThrow(
      /CHECK constraint/u,
    );
    const record = db.prepare(
      `INSERT INTO version_updates (document_id, version, replaced_version, highlights)
       VALUES ('doc', ?, 1, '[]')`,
    );
    expect(() => record.run(2)).toThrow(/FOREIGN KEY/u);
  });

  it('forgets what an update replaced when the document is removed for good', () => {
    db.exec(`INSERT INTO document_versions (document_id, version, blocks, body, created_at)
      VALUES ('doc', 2, '[]', '', 'now')`);
    db.exec(`INSERT INTO version_updates (document_id, version, replaced_version, highlights)
      VALUES ('doc', 2, 1, '[]')`);
    db.exec(`DELETE FROM documents WHERE id = 'doc'`);
    expect(db.prepare(`SELECT count(*) FROM version_updates`).pluck().get()).toBe(0);
  });
});
