import type { Page } from '@playwright/test';
import { highlightColors } from '../../src/shared/annotations';
import { pageSecretHeader, pageSecretStorageKey } from '../../src/shared/bridge';
import { bundledArticle } from '../../e2e/support/bundled';
import { startServer } from '../../e2e/support/server';
import { type Scenario } from '../scenario';
import { launchChromium, settle, withCore, withDataDir } from '../support/env';
import { heapAfterGc, profiled } from '../support/profile';
import { endMarker, generateArticle } from '../support/generate';
import type { Span } from '../../src/shared/span';

const runs = 5;
const creates = 10;
const highlightCount = 2_000;
const title = 'Generated report with two thousand highlights';

/** Spreads highlights over the whole text, one in ten overlapping the one before it. */
const highlightRanges = (length: number): Span[] =>
  Array.from({ length: highlightCount }, (_, i) => {
    const start = Math.floor((i * (length - 200)) / highlightCount) + (i % 10 === 9 ? -20 : 0);
    return { start: Math.max(0, start), end: Math.max(0, start) + 30 + (i % 5) * 12 };
  });

/*
 * The in-page parts are strings: the bench's TypeScript has no DOM typings, and tsx would wrap
 * named functions in a helper the page does not have.
 */

/**
 * Before the click: notes when the article's last block is in the DOM and when the last of
 * `expected` marks is, each at the next animation frame (when it is painted).
 */
const watchOpening = (expected: number): string => `(() => {
  const marks = document.getElementsByTagName('mark');
  const state = {};
  window.__open = state;
  const check = () => {
    const root = document.querySelector('[data-testid="reader-content"]');
    // The last block, inside the last group of blocks.
    const last = root && root.lastElementChild && root.lastElementChild.lastElementChild;
    if (state.text === undefined && last && last.textContent === ${JSON.stringify(endMarker)}) {
      state.text = -1;
      requestAnimationFrame(() => (state.text = performance.now()));
    }
    if (state.marks === undefined && marks.length >= ${expected}) {
      state.marks = -1;
      requestAnimationFrame(() => (state.marks = performance.now()));
    }
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  return performance.now();
})()`;

/**
 * Selects 30 characters of plain text (in no mark) in a block it scrolls into view, then times
 * from the \`h\` key press to the frame after a new mark appears.
 */
const armCreate = (pick: number): string => `(() => {
  const plain = [...document.querySelectorAll('[data-testid="reader-content"] p > span')]
    .filter((span) => (span.textContent || '').length > 60);
  const span = plain[(${pick} * 97) % plain.length];
  if (!span || !span.firstChild) throw new Error('no plain text left to highlight');
  span.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(span.firstChild, 10);
  range.setEnd(span.firstChild, 40);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const marks = document.getElementsByTagName('mark');
  const before = marks.length;
  const state = {};
  window.__create = state;
  window.addEventListener('keydown', () => (state.pressed = performance.mark('gloss-pressed').startTime), {
    capture: true,
    once: true,
  });
  // Painted: the new mark is in the DOM (pending at first); saved: the pending mark has been
  // replaced by one that carries the committed id. Each at the next animation frame. The
  // mutation records are read rather than the DOM queried: a query of a 1 MB page would add
  // its own cost to what is measured.
  const waiting = new Set();
  let savedMark = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) waiting.delete(node);
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'MARK') continue;
        if (node.getAttribute('data-saved') === 'false') waiting.add(node);
        else if (state.painted !== undefined) savedMark = true;
      }
    }
    if (state.painted === undefined && marks.length > before) {
      state.painted = -1;
      requestAnimationFrame(() => (state.painted = performance.mark('gloss-painted').startTime));
    }
    if (state.saved === undefined && state.painted !== undefined && savedMark && waiting.size === 0) {
      state.saved = -1;
      observer.disconnect();
      requestAnimationFrame(() => (state.saved = performance.mark('gloss-saved').startTime));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** Resolves after two frames and a short pause: whatever was pending has been painted. */
const settled = `new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))))`;

/**
 * An in-page call of the HTTP API, with the page's session cookie and page secret (see
 * shared/bridge.ts); `then` maps the value.
 */
const api = (method: string, input: unknown, then = 'value => value'): string =>
  `fetch('/api/${method}', { method: 'POST', headers: { 'content-type': 'application/json',
    ${JSON.stringify(pageSecretHeader)}: sessionStorage.getItem(${JSON.stringify(pageSecretStorageKey)}) ?? '' },
    body: ${JSON.stringify(JSON.stringify(input))} })
    .then((response) => response.json()).then((result) => (${then})(result.value))`;

const bundledIdOf = `(list) => list.find((doc) => doc.title === ${JSON.stringify(bundledArticle.title)}).id`;

/** Waits until every timing in window[name] is set (positive), and returns them. */
const timings = async <T>(page: Page, name: '__open' | '__create', keys: string[]): Promise<T> => {
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page
    .waitForFunction(
      ([global, wanted]) => {
        const state = (globalThis as unknown as Record<string, Record<string, number> | undefined>)[
          global
        ];
        return state !== undefined && wanted.every((key) => (state[key] ?? 0) > 0);
      },
      [name, keys] as const,
      { timeout: 60_000, polling: 20 },
    )
    .catch(async (error: unknown) => {
      const state = JSON.stringify(await page.evaluate(`window.${name}`));
      throw new Error(`${name} never completed (${state}): ${String(error)}`);
    });
  return (await page.evaluate(`window.${name}`)) as T;
};

/**
 * A 1 MB document with 2,000 highlights stored through the real core, opened in browser mode:
 * the time from its text being painted to all 2,000 marks being painted (they are drawn in the
 * same update as the text when the annotations arrive first, in one more update otherwise);
 * the renderer's heap once it is open; then creating one highlight with `h`, from the key press
 * to its mark painted (pending, before the core has answered) and to the mark shown as saved.
 */
export const highlightsRender: Scenario = {
  name: 'highlights',
  description: `1 MB document, ${highlightCount} highlights: text → all marks painted; h → mark painted`,
  measure: () =>
    withDataDir(async (dataDir) => {
      const samples = {
        'text-to-all-marks': [] as number[],
        'click-to-all-marks': [] as number[],
        'create-keypress-to-mark': [] as number[],
        'create-keypress-to-saved': [] as number[],
        'renderer-heap-mb': [] as number[],
      };
      const text = generateArticle(1_000_000);
      await withCore(dataDir, async (core) => {
        const summary = await settle(core.handlers['documents.importText']({ text, title }));
        const doc = await settle(core.handlers['documents.get']({ id: summary.id }));
        const length = doc.blocks.map((block) => block.text).join('\n\n').length;
        for (const [i, range] of highlightRanges(length).entries()) {
          const color = highlightColors[i % highlightColors.length] ?? 'yellow';
          await settle(
            core.handlers['highlights.create']({ documentId: summary.id, ...range, color }),
          );
        }
      });

      const server = await startServer({ dataDir });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(server.url);
        const origin = new URL(page.url()).origin;
        const bundledId = String(await page.evaluate(api('library.list', {}, bundledIdOf)));
        for (let run = 0; run < runs; run += 1) {
          // The window reopens the last document read: make that the short bundled article (once
          // the app's own "opened" bookkeeping has landed), so the large one opens cold on the click.
          // The app says which document it opened before it paints its title, so waiting for the
          // title orders that call before ours even when a busy machine delays the page.
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.evaluate(api('documents.markOpened', { id: bundledId }));
          await page.goto(`${origin}/`);
          await page
            .getByRole('heading', { level: 1, name: bundledArticle.title, exact: true })
            .waitFor();
          const open = page
            .getByRole('list', { name: 'Library', exact: true })
            .getByRole('button', { name: title, exact: true });
          await open.waitFor();
          const clicked = Number(await page.evaluate(watchOpening(highlightCount)));
          const opened = await profiled(page, 'highlights-open', async () => {
            await open.dispatchEvent('click'); // without click()'s actionability waits; see startup.ts
            return timings<{ text: number; marks: number }>(page, '__open', ['text', 'marks']);
          });
          samples['text-to-all-marks'].push(Math.max(0, opened.marks - opened.text));
          samples['click-to-all-marks'].push(opened.marks - clicked);
          samples['renderer-heap-mb'].push(await heapAfterGc(page));
        }
        for (let pick = 0; pick < creates; pick += 1) {
          await page.evaluate(armCreate(pick));
          // Let the scroll to the new place settle and paint first: it is not the create's cost.
          await page.evaluate(settled);
          const created = await profiled(page, 'highlights-create', async () => {
            await page.keyboard.press('h');
            return timings<{ pressed: number; painted: number; saved: number }>(page, '__create', [
              'pressed',
              'painted',
              'saved',
            ]);
          });
          samples['create-keypress-to-mark'].push(created.painted - created.pressed);
          samples['create-keypress-to-saved'].push(created.saved - created.pressed);
        }
      } finally {
        await browser.close();
        await server.stop();
      }
      return samples;
    }),
};
