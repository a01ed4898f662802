import type * as ChildProcess from 'node:child_process';
import type * as Http from 'node:http';
import type * as Https from 'node:https';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CitationsCore } from './testing';

/*
 * citation-js can fetch: a bare URL is an input type of its own, and its fetchFile goes out
 * through a child process (sync-fetch) or the global fetch. Every one of those ways is watched,
 * from before citation-js loads, while DOIs and URLs are pasted and references written.
 */
const require = createRequire(import.meta.url);
const childProcess = require('node:child_process') as typeof ChildProcess;
const http = require('node:http') as typeof Http;
const https = require('node:https') as typeof Https;
const noNetwork = () => {
  throw new Error('no network in Gloss');
};
const watched = [
  vi.spyOn(childProcess, 'execFileSync').mockImplementation(noNetwork),
  vi.spyOn(http, 'request').mockImplementation(noNetwork),
  vi.spyOn(https, 'request').mockImplementation(noNetwork),
  vi.spyOn(globalThis, 'fetch').mockImplementation(noNetwork),
];

describe('citations stay offline', () => {
  let gloss: CitationsCore;
  beforeAll(async () => {
    // Loaded only now, so that citation-js takes the watched functions.
    gloss = await (await import('./testing')).openCitationsCore();
  });
  afterAll(() => {
    gloss.close();
    for (const spy of watched) spy.mockRestore();
  });

  it('the watch sees citation-js going out', async () => {
    const { util } = await import('@citation-js/core');
    expect(() => util.fetchFile('https://example.org/')).toThrow();
    expect(watched[0]).toHaveBeenCalledTimes(1);
    watched[0]?.mockClear();
  });

  it('never fetches a pasted DOI or URL, and refuses them as references', async () => {
    const documentId = await gloss.importFile('n.md', '# N\n\nText.');
    for (const text of [
      'https://doi.org/10.1234/abc',
      '10.1234/abc',
      'doi:10.1234/abc',
      'http://example.org/paper.bib',
      'Q42',
    ]) {
      const refusal = await gloss.refusal('references.import', { documentId, text });
      expect(refusal.message).toContain('This is not a reference Gloss can read');
    }
    // URLs and DOIs inside an entry are data, written out as they are.
    await gloss.call('references.import', {
      documentId,
      text: '@misc{k, title={T}, url={https://example.org/x.bib}, doi={10.1234/abc}}',
    });
    for (const format of ['bibtex', 'csl', 'apa'] as const)
      await gloss.call('references.format', { documentId, format });
    for (const spy of watched) expect(spy).not.toHaveBeenCalled();
  }, 60_000);
});
