import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { openCore } from './index';
import { makeTempDir, removeTempDir, repoResourcesDir } from './testing/tempDir';

describe('openCore', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  it('serves the contract through dispatch', async () => {
    const core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    expect(core.dataDir).toBe(dir);
    const imported = await dispatch(core.handlers, 'documents.importText', {
      text: 'My Notes\n\nA paragraph worth keeping.',
    });
    expect(imported).toMatchObject({
      ok: true,
      value: { title: 'My Notes', source: 'Pasted text' },
    });
    const list = await dispatch(core.handlers, 'library.list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(2);

    const id = imported.ok ? (imported.value as { id: string }).id : '';
    const document = await dispatch(core.handlers, 'documents.get', { id });
    expect(document).toMatchObject({
      ok: true,
      value: { blocks: [{ kind: 'paragraph', text: 'A paragraph worth keeping.' }] },
    });
    expect(await dispatch(core.handlers, 'documents.markOpened', { id })).toMatchObject({
      ok: true,
    });
    expect(await dispatch(core.handlers, 'documents.delete', { id })).toEqual({
      ok: true,
      value: { id },
    });
    expect(await dispatch(core.handlers, 'documents.get', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    core.close();
    core.close();
  });

  it('rejects with database_newer for a library from a newer Gloss', async () => {
    const db = new Database(path.join(dir, 'gloss.db'));
    db.pragma('user_version = 42');
    db.close();
    await expect(openCore({ dataDir: dir, resourcesDir: repoResourcesDir })).rejects.toMatchObject({
      code: 'database_newer',
    });
  });
});
