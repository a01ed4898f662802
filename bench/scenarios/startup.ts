import { bundledArticle } from '../../e2e/support/bundled';
import { startServer } from '../../e2e/support/server';
import { since, type Scenario } from '../scenario';
import { launchChromium, withDataDir } from '../support/env';
import { profiled } from '../support/profile';

const runs = 10;

/**
 * Browser mode from nothing to the bundled article on screen: spawn the server on a fresh data
 * directory (so it creates and seeds the database), launch Chromium, navigate, wait for the
 * article's first paragraph, then for the reader. Cold every time, as a user's first launch.
 */
export const startup: Scenario = {
  name: 'startup',
  description: 'browser mode: spawn → first paragraph of the bundled article visible',
  measure: async () => {
    const samples = {
      'server-ready': [] as number[],
      'navigate-blank': [] as number[],
      'navigate-to-paint': [] as number[],
      'navigate-to-reader': [] as number[],
      'first-paint': [] as number[],
    };
    for (let run = 0; run < runs; run += 1) {
      await withDataDir(async (dataDir) => {
        const start = performance.now();
        const server = await startServer({ dataDir });
        samples['server-ready'].push(since(start));
        try {
          const browser = await launchChromium();
          try {
            const page = await browser.newPage();
            const navigated = performance.now();
            await profiled(page, 'startup-navigate', async () => {
              // A fresh install opens the bundled article by itself. What the user sees first is
              // its first paragraph, painted by the first screen (reader/firstScreen.ts) or by the
              // reader, whichever is there: timed from the navigation, not from its load event.
              await page.goto(server.url, { waitUntil: 'commit' });
              await page
                .locator('.article-text p', { hasText: bundledArticle.firstParagraphStart })
                .first()
                .waitFor({ state: 'visible' });
              samples['navigate-to-paint'].push(since(navigated));
              samples['first-paint'].push(since(start));
              // Then the reader itself, where the text can be selected and highlighted.
              await page
                .getByRole('region', { name: 'Reader', exact: true })
                .getByTestId('reader-content')
                .locator('p')
                .first()
                .waitFor({ state: 'visible' });
              samples['navigate-to-reader'].push(since(navigated));
            });
          } finally {
            await browser.close();
          }
          // The browser's own share, the floor under navigate-to-paint: a cold Chromium's first
          // navigation to a page with nothing to run (the app's icon), from the same server.
          const bare = await launchChromium();
          try {
            const blank = await bare.newPage();
            const blankStart = performance.now();
            await blank.goto(new URL('/favicon.svg', server.url).href);
            samples['navigate-blank'].push(since(blankStart));
          } finally {
            await bare.close();
          }
        } finally {
          await server.stop();
        }
      });
    }
    return samples;
  },
};
