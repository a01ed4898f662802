import { describe, expect, it } from 'vitest';
import { loadTimeout } from '../entities/testing';
import { parseImportFile } from './file';
import { parseImportFileInWorker, parseWorkerThreshold } from './worker';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const page = (paragraphs: number): string =>
  `<html><head><title>Harbour news</title></head><body><script>steal()</script><article>` +
  Array.from(
    { length: paragraphs },
    (_, i) => `<p onclick="x()">Paragraph ${i} about the harbour, its ships and its trade.</p>`,
  ).join('') +
  `</article></body></html>`;

describe('import parsing in a worker thread', () => {
  it(
    'parses a file exactly as the calling thread does',
    async () => {
      const bytes = utf8(page(40));
      const parsed = await parseImportFileInWorker('harbour.html', bytes, { forceWorker: true });
      expect(parsed).toEqual(parseImportFile('harbour.html', bytes));
      expect(parsed.title).toBe('Harbour news');
      expect(parsed.blocks.map((block) => block.text).join(' ')).not.toContain('steal');
    },
    loadTimeout,
  );

  it(
    'sends a refusal back with its code and the message naming the file',
    async () => {
      const refusal = parseImportFileInWorker('empty.html', utf8('<html><body></body></html>'), {
        forceWorker: true,
      });
      await expect(refusal).rejects.toMatchObject({
        name: 'GlossError',
        code: 'empty_document',
        message: expect.stringContaining('“empty.html”') as unknown,
      });
    },
    loadTimeout,
  );

  it(
    'parses a page larger than the threshold off the calling thread, which keeps running',
    async () => {
      const bytes = utf8(page(Math.ceil(parseWorkerThreshold / 60)));
      expect(bytes.length).toBeGreaterThanOrEqual(parseWorkerThreshold);
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 5);
      try {
        const parsed = await parseImportFileInWorker('big.html', bytes);
        expect(parsed.blocks.length).toBeGreaterThan(8_000);
      } finally {
        clearInterval(timer);
      }
      // Parsed in this thread, the timer could not have fired before the answer.
      expect(ticks).toBeGreaterThan(3);
    },
    loadTimeout,
  );
});
