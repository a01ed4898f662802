import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/connection';
import { createStore } from '../db/store';
import { createSettingsRepository } from '../preferences/repository';
import { openCore } from '../index';
import { bundledArticleFile, seedLibrary } from './seed';
import { createDocumentsService } from '../documents/service';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';

describe('seeding the bundled article', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    removeTempDir(dir);
  });

  const open = (resourcesDir = repoResourcesDir) =>
    openCore({ dataDir: path.join(dir, 'data'), resourcesDir });

  it('adds the bundled article on the first run only', async () => {
    const first = await open();
    const list = await first.handlers['library.list']({});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      source: 'Bundled article',
      title:
        'Former U.S. President Donald Trump has reintroduced defense cost-sharing into ongoing ' +
        'tariff talks with key Asian allies',
    });
    first.close();

    const second = await open();
    expect(await second.handlers['library.list']({})).toHaveLength(1);
    second.close();
  });

  it('never brings a deleted bundled article back: it waits in the Trash, then goes', async () => {
    const first = await open();
    const [article] = await first.handlers['library.list']({});
    const id = article?.id ?? '';
    await first.handlers['documents.delete']({ id });
    first.close();

    const second = await open();
    expect(await second.handlers['library.list']({})).toEqual([]);
    const trashed = await second.handlers['trash.list']({});
    expect(trashed.map((doc) => doc.id)).toEqual([id]);
    expect(await second.handlers['trash.empty']({})).toEqual({ removed: 1 });
    second.close();

    const third = await open();
    expect(await third.handlers['library.list']({})).toEqual([]);
    expect(await third.handlers['trash.list']({})).toEqual([]);
    third.close();
  });

  it('warns once and carries on when the resource is missing, then seeds when it appears', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const resources = path.join(dir, 'resources');
    const first = await open(resources);
    expect(await first.handlers['library.list']({})).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/bundled article could not be read/u);
    first.close();

    fs.mkdirSync(resources);
    fs.copyFileSync(
      path.join(repoResourcesDir, bundledArticleFile),
      path.join(resources, bundledArticleFile),
    );
    const second = await open(resources);
    expect(await second.handlers['library.list']({})).toHaveLength(1);
    second.close();
  });

  it('seeds once when two shells open a new library at the same time', async () => {
    const cores = await Promise.all([open(), open()]);
    expect(await cores[0].handlers['library.list']({})).toHaveLength(1);
    for (const core of cores) core.close();
  });

  it('adds nothing when the seeded mark cannot be written', async () => {
    const db = await openDatabase(path.join(dir, 'data'));
    const documents = createDocumentsService(createStore(db));
    const settings = createSettingsRepository(db);
    const warn = vi.fn();
    seedLibrary({
      db,
      documents,
      settings: {
        get: settings.get,
        set: () => {
          throw new Error('disk full');
        },
      },
      resourcesDir: repoResourcesDir,
      warn,
    });
    expect(documents.list()).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/could not be imported \(disk full\)/u),
    );
    db.close();
  });
});
