import { startServer } from '../../e2e/support/server';
import { since, type Scenario } from '../scenario';
import { launchChromium, settle, withCore, withDataDir } from '../support/env';
import { endMarker, generateArticle } from '../support/generate';

const runs = 5;
const title = 'Generated one-megabyte report';

/**
 * A 1 MB document, imported through the real core, then opened in browser mode: from the click
 * in the library until its last block exists in the reader. Also times documents.get alone,
 * in process, to separate the core's share from the renderer's.
 */
export const openLargeDocument: Scenario = {
  name: 'open-1mb',
  description: 'a 1 MB document: documents.get in process, and click → last block in the DOM',
  measure: () =>
    withDataDir(async (dataDir) => {
      const samples = { 'documents.get': [] as number[], 'click-to-last-block': [] as number[] };
      const text = generateArticle(1_000_000);
      await withCore(dataDir, async (core) => {
        const summary = await settle(core.handlers['documents.importText']({ text, title }));
        for (let run = 0; run < runs; run += 1) {
          const start = performance.now();
          await settle(core.handlers['documents.get']({ id: summary.id }));
          samples['documents.get'].push(since(start));
        }
      });

      const server = await startServer({ dataDir });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(server.url);
        const origin = new URL(page.url()).origin;
        for (let run = 0; run < runs; run += 1) {
          // A fresh page load each run, so nothing rendered before is reused.
          await page.goto(`${origin}/`);
          const open = page
            .getByRole('list', { name: 'Library', exact: true })
            .getByRole('button', { name: title, exact: true });
          await open.waitFor();
          const start = performance.now();
          await open.dispatchEvent('click'); // without click()'s actionability waits; see startup.ts
          await page
            .getByTestId('reader-content')
            .getByText(endMarker, { exact: true })
            .waitFor({ state: 'attached', timeout: 60_000 });
          samples['click-to-last-block'].push(since(start));
        }
      } finally {
        await browser.close();
        await server.stop();
      }
      return samples;
    }),
};
