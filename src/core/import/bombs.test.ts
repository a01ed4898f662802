import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { loadTimeout } from '../entities/testing';
import { openCore, type Core } from '../index';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';
import { elapsedSince, importBombs, nestedDivsPage } from './testing';

/*
 * Issue 20: one small file used to freeze every other call for minutes. Through the core's
 * dispatch, as every shell calls it: while a bomb is being read, another call is answered at
 * once, and the bomb ends in a refusal that changes nothing.
 */

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('importing a file built to freeze Gloss', () => {
  let dir: string;
  let core: Core;
  beforeEach(async () => {
    dir = makeTempDir();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  });
  afterEach(() => {
    core.close();
    removeTempDir(dir);
  });

  const answeredWhileImporting = async (name: string, bytes: Uint8Array) => {
    const start = performance.now();
    let settled = false;
    const importing = dispatch(core.handlers, 'documents.importFile', {
      name,
      data: base64(bytes),
    }).finally(() => (settled = true));
    const asked = performance.now();
    const preferences = await dispatch(core.handlers, 'preferences.get', {});
    const answeredIn = elapsedSince(asked);
    const settledFirst = settled;
    const outcome = await importing;
    return { preferences, answeredIn, settledFirst, outcome, took: elapsedSince(start) };
  };

  it(
    'refuses each bomb within 10 s, answers another call within 1 s, and stores nothing',
    async () => {
      // As after a first import: the timings are the bombs', not a worker's start on a busy machine.
      const warm = new TextEncoder().encode('<title>Warm</title><p>A first page, read fine.</p>');
      await dispatch(core.handlers, 'documents.importFile', { name: 'a.html', data: base64(warm) });
      const before = await dispatch(core.handlers, 'library.list', {});
      for (const bomb of importBombs()) {
        const run = await answeredWhileImporting(bomb.name, bomb.bytes);
        expect(run.preferences.ok).toBe(true);
        expect(run.answeredIn).toBeLessThan(1_000);
        expect(run.outcome).toMatchObject({ ok: false, error: { code: 'too_complex' } });
        expect(run.took).toBeLessThan(10_000);
      }
      expect(await dispatch(core.handlers, 'library.list', {})).toEqual(before);
    },
    loadTimeout,
  );

  it(
    'answers another call at once while a slow but legal page is read',
    async () => {
      const run = await answeredWhileImporting('deep.html', nestedDivsPage(100));
      // The page takes Readability seconds; the other call did not wait for it.
      expect(run.settledFirst).toBe(false);
      expect(run.answeredIn).toBeLessThan(1_000);
      expect(run.outcome).toMatchObject({ ok: true, value: { source: 'deep.html' } });
    },
    loadTimeout,
  );
});
