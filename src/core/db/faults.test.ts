import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeCore, openCore, type Core } from '../index';
import { dispatch } from '../dispatch';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';
import { openDatabase } from './connection';

/*
 * Issue 17: the disk under the library fails. A full disk, a damaged file or a file that is not
 * SQLite each get a message saying what happened and what to do, nothing saved is lost, and
 * Gloss never writes over a damaged library.
 */

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach(removeTempDir);
});
const tempDir = (): string => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
};

const call = async (core: Core, method: string, input: unknown) =>
  dispatch(core.handlers, method, input);

const valueOf = async <T>(core: Core, method: string, input: unknown): Promise<T> => {
  const result = await call(core, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
};

const paragraph = 'A sentence that fills the page and then the disk, one more time. ';

describe('a full disk', () => {
  it('refuses the write that does not fit, saying so, loses nothing, and works again after', async () => {
    const dataDir = tempDir();
    const db = await openDatabase(dataDir);
    const core = composeCore(db, { dataDir, resourcesDir: repoResourcesDir });
    cores.push(core);
    const kept = await valueOf<{ id: string }>(core, 'documents.importText', {
      title: 'Kept',
      text: paragraph.repeat(20),
    });
    await valueOf(core, 'highlights.create', {
      documentId: kept.id,
      start: 0,
      end: 10,
      color: 'blue',
    });
    const before = await valueOf<unknown[]>(core, 'library.list', {});

    // SQLite answers SQLITE_FULL once the file would pass max_page_count: a disk with no room.
    const pages = Number(db.pragma('page_count', { simple: true }));
    db.pragma(`max_page_count = ${pages + 4}`);
    const full = await call(core, 'documents.importText', {
      title: 'Too big',
      text: paragraph.repeat(20_000),
    });
    expect(full.ok).toBe(false);
    if (full.ok) return;
    expect(full.error.code).toBe('storage');
    expect(full.error.message).toMatch(/disk that holds your library .* is full/u);
    expect(full.error.message).toMatch(/nothing was changed/u);
    expect(await valueOf(core, 'library.list', {})).toEqual(before);
    const { highlights } = await valueOf<{ highlights: unknown[] }>(core, 'annotations.list', {
      documentId: kept.id,
    });
    expect(highlights).toHaveLength(1);

    // Space comes back: the same write goes through.
    db.pragma('max_page_count = 1073741823');
    const again = await call(core, 'documents.importText', {
      title: 'Too big',
      text: paragraph.repeat(20_000),
    });
    expect(again.ok).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

/** A library with a document, closed (its WAL checkpointed into gloss.db), and a backup of it. */
const libraryWithBackup = async (): Promise<{ dataDir: string; file: string; backup: string }> => {
  const dataDir = tempDir();
  const core = await openCore({ dataDir, resourcesDir: repoResourcesDir });
  await valueOf(core, 'documents.importText', { title: 'Notes', text: paragraph.repeat(400) });
  core.close();
  const file = path.join(dataDir, 'gloss.db');
  const backup = path.join(dataDir, 'backups', 'gloss-v7-2026-01-02T03-04-05.000Z.db');
  fs.mkdirSync(path.dirname(backup), { recursive: true });
  fs.copyFileSync(file, path.join(dataDir, 'backups', 'gloss-v6-2025-01-02T03-04-05.000Z.db'));
  fs.copyFileSync(file, backup);
  return { dataDir, file, backup };
};

/** Opens the library and answers the message of what stopped it (at start, or at first read). */
const openingFailure = async (dataDir: string): Promise<{ code: string; message: string }> => {
  let core: Core;
  try {
    core = await openCore({ dataDir, resourcesDir: repoResourcesDir });
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  cores.push(core);
  const listed = await call(core, 'library.list', {});
  const [document] = listed.ok ? (listed.value as { id: string }[]) : [];
  const read = listed.ok ? await call(core, 'documents.get', { id: document?.id ?? '' }) : listed;
  if (read.ok) throw new Error('The damaged library opened and read as if it were whole.');
  return read.error;
};

describe('a damaged library', () => {
  const damages: [string, (file: string) => void][] = [
    [
      'is not SQLite at all',
      (file) => fs.writeFileSync(file, 'These are my notes, not a database.\n'),
    ],
    ['was cut short', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3))],
    [
      'has pages overwritten',
      (file) => {
        const bytes = fs.readFileSync(file);
        for (let at = 4096; at < bytes.length; at += 7) bytes[at] = 0xa5;
        fs.writeFileSync(file, bytes);
      },
    ],
  ];

  it.each(damages)(
    'that %s is named as damaged, with the latest backup and how to restore it, and left untouched',
    async (_, damage) => {
      const { dataDir, file, backup } = await libraryWithBackup();
      damage(file);
      const damaged = fs.readFileSync(file);
      const { code, message } = await openingFailure(dataDir);
      expect(code).toBe('storage');
      expect(message).toContain(`The library ${file} is damaged`);
      expect(message).toContain(`The latest backup is ${backup}`);
      expect(message).toContain(`copy the backup to ${file}`);
      cores.splice(0).forEach((core) => core.close());
      expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    },
  );

  it('says when there is no backup to go back to', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'gloss.db'), 'not a database');
    const { message } = await openingFailure(dataDir);
    expect(message).toMatch(/is damaged or is not a Gloss library/u);
    expect(message).toContain(`There is no backup in ${path.join(dataDir, 'backups')}`);
  });
});
