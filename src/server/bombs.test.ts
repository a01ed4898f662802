import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { loadTimeout } from '../core/entities/testing';
import { elapsedSince, importBombs, nestedDivsPage } from '../core/import/testing';
import { importWorkers } from '../core/import/worker';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../core/testing';
import { startFixture, type Fixture } from './testing';

/*
 * Issue 20 in browser mode: a file built to freeze Gloss is refused while the server goes on
 * answering, and a request that is abandoned stops the worker that read its file.
 */

let dir: string;
let core: Core;
let f: Fixture;

const importBody = (name: string, bytes: Uint8Array): string =>
  JSON.stringify({ name, data: Buffer.from(bytes).toString('base64') });

beforeAll(async () => {
  dir = makeTempDir();
  core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  f = await startFixture(core.handlers);
  // A running Gloss, as after a first import: the timings below are the bombs', not the cost
  // of starting a worker from the TypeScript sources on a busy test machine.
  const page = new TextEncoder().encode('<title>Warm</title><p>A first page, read fine.</p>');
  const first = await f.post('documents.importFile', importBody('first.html', page));
  expect(JSON.parse(first.body)).toMatchObject({ ok: true });
}, loadTimeout);

afterAll(async () => {
  await f.stop();
  core.close();
  removeTempDir(dir);
});

describe('a file built to freeze Gloss, over HTTP', () => {
  it(
    'is refused within 10 s while preferences.get is answered within 1 s',
    async () => {
      for (const bomb of importBombs()) {
        const start = performance.now();
        const importing = f.post('documents.importFile', importBody(bomb.name, bomb.bytes));
        const asked = performance.now();
        const preferences = await f.post('preferences.get', '{}');
        expect(elapsedSince(asked)).toBeLessThan(1_000);
        expect(JSON.parse(preferences.body)).toMatchObject({ ok: true });
        const refused = await importing;
        expect(JSON.parse(refused.body)).toMatchObject({
          ok: false,
          error: { code: 'too_complex' },
        });
        expect(elapsedSince(start)).toBeLessThan(10_000);
      }
    },
    loadTimeout,
  );

  it(
    'stops reading the file when the client goes away',
    async () => {
      const req = request({
        host: '127.0.0.1',
        port: f.server.port,
        method: 'POST',
        path: '/api/documents.importFile',
        headers: f.authed({
          Origin: f.origin,
          'Content-Type': 'application/json',
          'X-Gloss-Page': f.pageSecret,
        }),
      });
      req.on('error', () => undefined);
      req.end(importBody('deep.html', nestedDivsPage(110)));
      await expect.poll(() => importWorkers().busy, { timeout: 10_000 }).toBe(1);
      const { idle } = importWorkers();
      req.destroy();
      // Stopped once the client has gone, long before Readability would finish the page, and
      // not kept for another job.
      await expect.poll(() => importWorkers(), { timeout: 2_000 }).toEqual({ busy: 0, idle });
    },
    loadTimeout,
  );
});
