import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { createDocumentsRepository } from '../../documents/repository';
import { formattedReferences012 } from './012_formatted_references';

const body = 'Memory is the residue of thought.';

/** A library as the release before this migration wrote it: two documents, one in the Trash. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter(
        (migration) => migration.version < formattedReferences012.version,
      ),
    },
  });
  const insert = db.prepare<
    [string, number, string, string, string, string, number, string | null]
  >(
    `INSERT INTO documents (id, seq, title, source, added_at, blocks, body, char_count, deleted_at)
     VALUES (?, ?, ?, 'Pasted text', ?, ?, ?, ?, ?)`,
  );
  const blocks = JSON.stringify([{ kind: 'paragraph', text: body }]);
  const add = (id: string, seq: number, title: string, addedAt: string, deletedAt: string | null) =>
    insert.run(id, seq, title, addedAt, blocks, body, body.length, deletedAt);
  add('older', 1, 'Memory', '2025-03-01T10:00:00.000Z', null);
  add('newer', 2, 'attention', '2025-03-02T10:00:00.000Z', null);
  add('binned', 3, 'Gone', '2025-03-03T10:00:00.000Z', '2025-03-04T10:00:00.000Z');
  db.close();
};

const plan = (db: Awaited<ReturnType<typeof openDatabase>>, sql: string): string[] =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail);

describe('migration 12: formatted references and the covering indexes', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('lists the library from an index alone, in the same order, and finds the current version of each mentioning document', async () => {
    await makePreviousLibrary(dataDir);
    const db = await openDatabase(dataDir);
    try {
      expect(readUserVersion(db)).toBeGreaterThanOrEqual(formattedReferences012.version);
      const list = plan(
        db,
        `SELECT id, title, source, version, format FROM documents WHERE deleted_at IS NULL
         ORDER BY added_at DESC, title COLLATE NOCASE`,
      );
      expect(list).toEqual([
        'SEARCH documents USING COVERING INDEX documents_listed (deleted_at=?)',
      ]);
      expect(
        createDocumentsRepository(db)
          .list()
          .map((doc) => doc.id),
      ).toEqual(['newer', 'older']);
      // An entity's mentions in the library (its card): one index lookup per mention.
      expect(
        plan(
          db,
          `SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id
             AND d.version = m.version AND d.deleted_at IS NULL WHERE m.entity_id = 'x'`,
        ).at(-1),
      ).toBe(
        'SEARCH d USING COVERING INDEX documents_current (id=? AND version=? AND deleted_at=?)',
      );
    } finally {
      db.close();
    }
  });

  it('keeps formatted references per document and style, and forgets them with the document', async () => {
    await makePreviousLibrary(dataDir);
    const db = await openDatabase(dataDir);
    try {
      const save = db.prepare<[string, string]>(
        `INSERT INTO formatted_references (document_id, style, source, entry) VALUES (?, ?, 'digest', 'Memory. (n.d.).')`,
      );
      save.run('older', 'apa');
      save.run('older', 'chicago-author-date');
      expect(() => save.run('older', 'apa')).toThrow(/UNIQUE/u);
      db.prepare(`DELETE FROM documents WHERE id = 'older'`).run();
      expect(db.prepare('SELECT count(*) AS n FROM formatted_references').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
