import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEpub } from '../core/import/epub/testing';
import { buildPdf, type FixtureLine } from '../core/import/pdf/testing';
import { runCliIn, useTempDirs } from './testing';

const lines = (texts: string[]): FixtureLine[] =>
  texts.map((text, index) => ({ text, x: 72, top: 100 + index * 12 }));

// Books are parsed in a worker thread, which from the sources starts through tsx: seconds.
describe('gloss list --json and gloss show', { timeout: 120_000 }, () => {
  const tempDir = useTempDirs();

  it('lists a PDF and an EPUB with their formats and counts, and shows text and page breaks', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const pdfPath = join(folder, 'paper.pdf');
    writeFileSync(
      pdfPath,
      await buildPdf(
        [
          { lines: lines(['Page one runs on', 'to the next page,']) },
          { lines: lines(['where it stops.']) },
        ],
        { title: 'Paper', author: 'Ann Author' },
      ),
    );
    const epubPath = join(folder, 'book.epub');
    writeFileSync(
      epubPath,
      buildEpub({
        title: 'Book',
        creators: ['Bo Writer'],
        chapters: [{ file: 'a.xhtml', title: 'One', body: '<h1>One</h1><p>Only chapter.</p>' }],
      }),
    );
    const imported = await runCliIn(['import', pdfPath, epubPath], { dataDir });
    expect(imported.err).toEqual([]);

    const listed = await runCliIn(['list', '--json'], { dataDir });
    expect(listed.code).toBe(0);
    const documents = JSON.parse(listed.out.join('\n')) as Record<string, unknown>[];
    const byTitle = new Map(documents.map((doc) => [doc.title, doc]));
    expect(byTitle.get('Paper')).toMatchObject({
      author: 'Ann Author',
      format: 'pdf',
      pages: 2,
      chapters: null,
      counts: { highlights: 0, notes: 0 },
    });
    expect(byTitle.get('Book')).toMatchObject({ author: 'Bo Writer', format: 'epub', chapters: 1 });

    const id = String(byTitle.get('Paper')?.id);
    const text = await runCliIn(['show', id, '--text'], { dataDir });
    expect(text.out).toEqual(['Page one runs on to the next page, where it stops.']);
    const details = await runCliIn(['show', id], { dataDir });
    expect(details.out).toContain('Format:     pdf');
    const breakAt = 'Page one runs on to the next page, '.length;
    expect(
      details.out.slice(details.out.indexOf('Page breaks (page: first character offset):')),
    ).toEqual(['Page breaks (page: first character offset):', '  p. 1: 0', `  p. 2: ${breakAt}`]);

    const missing = await runCliIn(['show', 'no-such-id'], { dataDir });
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/^gloss: /u);
  });
});
