import { bundledArticle } from '../../e2e/support/bundled';
import { startServer } from '../../e2e/support/server';
import { since, type Scenario } from '../scenario';
import { launchChromium, withDataDir } from '../support/env';
import { profiled } from '../support/profile';

const runs = 10;

/**
 * Browser mode from nothing to the bundled article on screen: spawn the server on a fresh data
 * directory (so it creates and seeds the database), launch Chromium, navigate, open the article,
 * wait for its first paragraph. Cold every time, as a user's first launch.
 */
export const startup: Scenario = {
  name: 'startup',
  description: 'browser mode: spawn → first paragraph of the bundled article visible',
  measure: async () => {
    const samples = {
      'server-ready': [] as number[],
      'navigate-to-paint': [] as number[],
      'first-paint': [] as number[],
    };
    for (let run = 0; run < runs; run += 1) {
      await withDataDir(async (dataDir) => {
        const start = performance.now();
        const server = await startServer({ dataDir });
        samples['server-ready'].push(since(start));
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          // The app's own share, without process and browser start-up.
          const navigated = performance.now();
          await profiled(page, 'startup-navigate', async () => {
            await page.goto(server.url);
            const open = page
              .getByRole('list', { name: 'Library', exact: true })
              .getByRole('button', { name: bundledArticle.title, exact: true });
            await open.waitFor();
            // A plain DOM click: Playwright's click() first waits for stable frames and scrolls,
            // adding 150-300 ms here that belong to the test tool, not to Gloss.
            await open.dispatchEvent('click');
            await page
              .getByRole('region', { name: 'Reader', exact: true })
              .getByTestId('reader-content')
              .locator('p')
              .first()
              .waitFor({ state: 'visible' });
          });
          samples['navigate-to-paint'].push(since(navigated));
          samples['first-paint'].push(since(start));
        } finally {
          await browser.close();
          await server.stop();
        }
      });
    }
    return samples;
  },
};
