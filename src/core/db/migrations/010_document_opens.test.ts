import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { migrations, readUserVersion } from '../migrations';
import { makeTempDir, removeTempDir } from '../../testing';
import { documentOpens010 } from './010_document_opens';

const body = 'Memory is the residue of thought.';

/** A library as the release before this migration wrote it: one document opened, one not. */
const makePreviousLibrary = async (dataDir: string): Promise<void> => {
  const db = await openDatabase(dataDir, {
    migrate: {
      migrations: migrations.filter((migration) => migration.version < documentOpens010.version),
    },
  });
  const insert = db.prepare<[string, number, string | null, string, string, number]>(
    `INSERT INTO documents (id, seq, title, source, added_at, opened_at, blocks, body, char_count)
     VALUES (?, ?, 'Memory', 'Pasted text', '2025-03-01T10:00:00.000Z', ?, ?, ?, ?)`,
  );
  const blocks = JSON.stringify([{ kind: 'paragraph', text: body }]);
  insert.run('read', 1, '2025-03-02T09:30:00.000Z', blocks, body, body.length);
  insert.run('unread', 2, null, blocks, body, body.length);
  db.close();
};

describe('migration 10: document opens', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dataDir);
  });

  it('keeps when each document was last opened, and forgets it with the document', async () => {
    await makePreviousLibrary(dataDir);
    const db = await openDatabase(dataDir);
    try {
      expect(readUserVersion(db)).toBe(documentOpens010.version);
      expect(db.prepare('SELECT document_id, opened_at FROM document_opens').all()).toEqual([
        { document_id: 'read', opened_at: '2025-03-02T09:30:00.000Z' },
      ]);
      db.prepare(`DELETE FROM documents WHERE id = 'read'`).run();
      expect(db.prepare('SELECT count(*) AS n FROM document_opens').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
