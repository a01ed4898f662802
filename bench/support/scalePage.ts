import type { Page } from '@playwright/test';
import { startServer } from '../../e2e/support/server';
import { since, type Samples } from '../scenario';
import { launchChromium } from './env';
import { heapAfterGc } from './profile';
import { rareTitleWord } from './scaleLibrary';

/**
 * Sets the library filter or sort as a keystroke would and answers how long the app took until
 * the list under it was updated and laid out (the frame could then be painted). The input
 * event is dispatched in the page, so no test-tool round trip is counted.
 */
const timeControlChange = (
  page: Page,
  control: 'filter' | 'sort',
  value: string,
): Promise<number> =>
  page.evaluate(
    async ({ control, value }) => {
      const selector = control === 'filter' ? '.filter-box' : '.library-sort-select';
      const element = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      if (!element) throw new Error(`no ${control} control`);
      const prototype = Object.getPrototypeOf(element) as object;
      const start = performance.now();
      Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
      element.dispatchEvent(
        new Event(control === 'filter' ? 'input' : 'change', { bubbles: true }),
      );
      // React commits an input event's update synchronously or in a microtask: one macrotask
      // later it is in the DOM, and reading a layout box makes the browser lay it out.
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      document.querySelector('.library-pane')?.getBoundingClientRect();
      return performance.now() - start;
    },
    { control, value },
  );

/**
 * Browser mode on the library: page load until the library is usable (its list shows and the
 * filter takes input), the renderer's heap, then filter keystrokes and sort changes.
 */
export const measurePage = async (dataDir: string, runs: number): Promise<Samples> => {
  const samples: Samples = {
    'open-app': [],
    'renderer-heap-mb': [],
    'filter-keystroke': [],
    'sort-change': [],
  };
  const server = await startServer({ dataDir, timeoutMs: 60_000 });
  const browser = await launchChromium();
  try {
    // The launch URL's token is single-use: the first load redeems it, the timed ones reload.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const usable = async () => {
      await page
        .getByRole('list', { name: 'Library', exact: true })
        .getByRole('listitem')
        .first()
        .waitFor();
      await page.getByRole('searchbox', { name: 'Filter library' }).waitFor();
    };
    // Waited for like a timed load: a reload started while this one's list is still being
    // read and sent waits for the server to finish it, which no user's start does.
    await page.goto(server.url);
    await usable();
    const origin = new URL(page.url()).origin;
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await page.goto(`${origin}/`);
      await usable();
      samples['open-app']?.push(since(start));
      if (run === runs - 1) {
        samples['renderer-heap-mb']?.push(await heapAfterGc(page));
        const word = rareTitleWord.toLowerCase();
        for (let round = 0; round < 2; round += 1) {
          for (let length = 1; length <= word.length; length += 1) {
            samples['filter-keystroke']?.push(
              await timeControlChange(page, 'filter', word.slice(0, length)),
            );
          }
          for (let length = word.length - 1; length >= 0; length -= 1) {
            samples['filter-keystroke']?.push(
              await timeControlChange(page, 'filter', word.slice(0, length)),
            );
          }
        }
        for (let round = 0; round < 3; round += 1) {
          for (const key of ['title', 'opened', 'added']) {
            samples['sort-change']?.push(await timeControlChange(page, 'sort', key));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return samples;
};
