import type { Page } from '@playwright/test';
import { bundledArticle } from '../../e2e/support/bundled';
import { startServer } from '../../e2e/support/server';
import { buildEpub, longBook } from '../../src/core/import/epub/testing';
import { buildPaper } from '../../src/core/import/pdf/testing';
import { since, type Scenario } from '../scenario';
import { launchChromium, settle, withCore, withDataDir } from '../support/env';

const runs = 5;

/** Words of a block's start, enough to find it in the reader and short enough not to wrap. */
const opening = (text: string): string => text.slice(0, 40).replace(/\s+\S*$/u, '');

/**
 * Waits, checking once a frame, until the reader's first paragraph shows `first` on screen.
 * A locator's getByText would read the text of every element of a book-sized DOM each time it
 * looks, and be measured along with the reader.
 */
const firstParagraphShown = (page: Page, first: string) =>
  page.waitForFunction(
    (words) => {
      const reader = document.querySelector('[data-testid="reader-content"]');
      const paragraph = [...(reader?.querySelectorAll('p') ?? [])].find((element) =>
        element.textContent?.startsWith(words),
      );
      const box = paragraph?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.top < window.innerHeight;
    },
    first,
    { polling: 'raf', timeout: 60_000 },
  );

/**
 * Issue 12: a PDF paper and an EPUB book, once imported, show their first page within 500 ms
 * of being opened. Both are imported through the real core (the same generated files as the
 * books scenario), then opened in browser mode from the library: from the click until the first
 * paragraph of the text is visible in the reader. A fresh page load each run, with the bundled
 * article opened first.
 */
export const booksOpen: Scenario = {
  name: 'books-open',
  description: 'click in the library → first paragraph visible, a 100-page PDF and a 1.5 MB EPUB',
  measure: () =>
    withDataDir(async (dataDir) => {
      const files = {
        'pdf-100-pages': { name: 'paper.pdf', bytes: await buildPaper(100) },
        'epub-1.5mb': {
          name: 'book.epub',
          bytes: buildEpub({ title: 'A Long Book', chapters: longBook(60, 72_000) }),
        },
      };
      const opened: { key: string; title: string; first: string }[] = [];
      await withCore(dataDir, async (core) => {
        for (const [key, { name, bytes }] of Object.entries(files)) {
          const data = Buffer.from(bytes).toString('base64');
          const summary = await settle(core.handlers['documents.importFile']({ name, data }));
          const document = await settle(core.handlers['documents.get']({ id: summary.id }));
          const first = document.blocks.find((block) => block.kind === 'paragraph');
          if (!first) throw new Error(`${name} has no paragraph to wait for.`);
          opened.push({ key, title: summary.title, first: opening(first.text) });
        }
      });

      const samples: Record<string, number[]> = {};
      const server = await startServer({ dataDir });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(server.url);
        const origin = new URL(page.url()).origin;
        for (const { key, title, first } of opened) {
          samples[`click-to-first-page-${key}`] = [];
          for (let run = 0; run < runs; run += 1) {
            await page.goto(`${origin}/`);
            // The app reopens the last document read at load: read another one first, so the
            // click below opens the book rather than landing on one already on its way.
            const library = page.getByRole('list', { name: 'Library', exact: true });
            await library.getByRole('button', { name: bundledArticle.title, exact: true }).click();
            await firstParagraphShown(page, bundledArticle.firstParagraphStart);
            const open = library.getByRole('button', { name: title, exact: true });
            const start = performance.now();
            await open.dispatchEvent('click'); // without click()'s actionability waits
            await firstParagraphShown(page, first);
            samples[`click-to-first-page-${key}`]?.push(since(start));
          }
        }
      } finally {
        await browser.close();
        await server.stop();
      }
      return samples;
    }),
};
