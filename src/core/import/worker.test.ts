import { describe, expect, it } from 'vitest';
import { loadTimeout } from '../entities/testing';
import { parseImportFile } from './file';
import { elapsedSince, importBombs, nestedDivsPage } from './testing';
import { importWorkers, parseImportFileInWorker } from './worker';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const page = (paragraphs: number): string =>
  `<html><head><title>Harbour news</title></head><body><script>steal()</script><article>` +
  Array.from(
    { length: paragraphs },
    (_, i) => `<p onclick="x()">Paragraph ${i} about the harbour, its ships and its trade.</p>`,
  ).join('') +
  `</article></body></html>`;

/** A legal page (100 levels) that Readability needs seconds for: slow, never refused by a guard. */
const slowPage = nestedDivsPage(100);

describe('import parsing in a bounded worker', () => {
  it(
    'parses a file exactly as the calling thread does',
    async () => {
      const bytes = utf8(page(40));
      const parsed = await parseImportFileInWorker('harbour.html', bytes);
      expect(parsed).toEqual(await parseImportFile('harbour.html', bytes));
      expect(parsed.title).toBe('Harbour news');
      expect(parsed.blocks.map((block) => block.text).join(' ')).not.toContain('steal');
    },
    loadTimeout,
  );

  it(
    'sends a refusal back with its code and the message naming the file',
    async () => {
      const refusal = parseImportFileInWorker('empty.html', utf8('<html><body></body></html>'));
      await expect(refusal).rejects.toMatchObject({
        name: 'GlossError',
        code: 'empty_document',
        message: expect.stringContaining('“empty.html”') as unknown,
      });
    },
    loadTimeout,
  );

  it(
    'refuses each bomb within 10 s, naming it',
    async () => {
      for (const bomb of importBombs()) {
        const start = performance.now();
        await expect(parseImportFileInWorker(bomb.name, bomb.bytes)).rejects.toMatchObject({
          code: 'too_complex',
          message: expect.stringMatching(
            new RegExp(
              `^“${bomb.name}” (is too deeply nested|has a paragraph with too much markup)`,
              'u',
            ),
          ) as unknown,
        });
        expect(elapsedSince(start)).toBeLessThan(10_000);
      }
    },
    loadTimeout,
  );

  it(
    'stops a parse that passes its time limit, with a refusal saying so',
    async () => {
      const refusal = parseImportFileInWorker('slow.html', slowPage, {
        limits: { timeMs: 300, maxHeapMb: 512 },
      });
      await expect(refusal).rejects.toMatchObject({
        code: 'too_complex',
        message: '“slow.html” took too long to read (over 1 s): Gloss stopped reading it.',
      });
    },
    loadTimeout,
  );

  it(
    'stops a parse that passes its memory limit, with a refusal saying so',
    async () => {
      const refusal = parseImportFileInWorker('big.html', utf8(page(20_000)), {
        limits: { timeMs: 60_000, maxHeapMb: 8 },
      });
      await expect(refusal).rejects.toMatchObject({
        code: 'too_complex',
        message: expect.stringContaining('“big.html” needs more memory') as unknown,
      });
    },
    loadTimeout,
  );

  it(
    'stops the worker when the caller goes away',
    async () => {
      const caller = new AbortController();
      const parse = parseImportFileInWorker('slow.html', slowPage, { signal: caller.signal });
      await expect.poll(() => importWorkers().busy).toBe(1);
      const { idle } = importWorkers();
      caller.abort();
      await expect(parse).rejects.toMatchObject({ code: 'cancelled' });
      // Stopped, not handed back to the pool.
      expect(importWorkers()).toEqual({ busy: 0, idle });
    },
    loadTimeout,
  );
});
