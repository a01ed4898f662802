import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { pageSecretHeader, pageSecretStorageKey } from '../src/shared/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/contract';
import type { Result } from '../src/shared/result';
import { DetailsPanel } from './pages/DetailsPanel';
import { LibraryPage } from './pages/LibraryPage';
import { ReaderPage } from './pages/ReaderPage';
import { findElectron } from './support/electron';
import {
  launchBrowserShell,
  launchElectronShell,
  type PageWatcher,
  type Shell,
  type ShellSession,
} from './support/shells';

/** A running Gloss on the test's own data directory, with page models onto its window. */
export interface GlossApp {
  readonly shell: Shell;
  readonly dataDir: string;
  /** The current window; replaced by restart(). */
  readonly page: Page;
  readonly library: LibraryPage;
  readonly reader: ReaderPage;
  readonly details: DetailsPanel;
  /** Stops the app and starts it again on the same data directory, with a new window. */
  restart(): Promise<void>;
  /** Calls a contract method through the shell's own transport, from inside the page. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}

interface Fixtures {
  /** Which shell the `gloss` fixture starts; each Playwright project sets it. */
  shell: Shell;
  /** A fresh, empty GLOSS_DATA_DIR, removed after the test. */
  dataDir: string;
  gloss: GlossApp;
}

interface WorkerFixtures {
  /** The project's Chromium, launched on first use only, so Electron runs never start one. */
  sharedBrowser: () => Promise<Browser>;
}

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

/**
 * Runs in the page: window.gloss under Electron, else the HTTP API as the page calls it (the
 * session cookie, and the page secret the page keeps in sessionStorage, as X-Gloss-Page).
 */
const callInPage = async ([shell, method, input, secret]: [
  Shell,
  string,
  unknown,
  { header: string; storageKey: string },
]): Promise<unknown> => {
  if (shell === 'electron') {
    const bridge = (globalThis as unknown as { gloss: Bridge }).gloss;
    const fn = bridge[method];
    if (!fn) throw new Error(`window.gloss has no method ${method}`);
    return fn(input);
  }
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [secret.header]: sessionStorage.getItem(secret.storageKey) ?? '',
    },
    body: JSON.stringify(input),
  });
  return response.json();
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  shell: ['browser', { option: true }],

  sharedBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => (launched ??= playwright.chromium.launch(launchOptions)));
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],

  // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  },

  gloss: async ({ shell, dataDir, sharedBrowser }, use, testInfo) => {
    if (shell === 'electron') {
      const electron = findElectron();
      testInfo.skip(!electron.found, electron.found ? '' : electron.reason);
    }
    // The app must run without console errors: collect them on every window and fail at the end.
    const problems: string[] = [];
    const watch: PageWatcher = (page) => {
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
    };
    const launch = async (): Promise<ShellSession> =>
      shell === 'electron'
        ? launchElectronShell(dataDir, watch)
        : launchBrowserShell(await sharedBrowser(), dataDir, watch);

    let session = await launch();
    const app: GlossApp = {
      shell,
      dataDir,
      get page() {
        return session.page;
      },
      get library() {
        return new LibraryPage(session.page);
      },
      get reader() {
        return new ReaderPage(session.page);
      },
      get details() {
        return new DetailsPanel(session.page);
      },
      restart: async () => {
        await session.close();
        session = await launch();
      },
      call: async (method, input) =>
        (await session.page.evaluate(callInPage, [
          shell,
          method,
          input,
          { header: pageSecretHeader, storageKey: pageSecretStorageKey },
        ] as [Shell, string, unknown, { header: string; storageKey: string }])) as Result<
          MethodOutput<typeof method>
        >,
    };

    try {
      await use(app);
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('screenshot', {
          body: await session.page.screenshot({ fullPage: true }),
          contentType: 'image/png',
        });
      }
    } finally {
      const logs = session.logs();
      await session.close();
      if (logs.trim())
        await testInfo.attach('app stderr', { body: logs, contentType: 'text/plain' });
    }
    expect(problems, 'Gloss logged errors in the page').toEqual([]);
  },
});

export { expect };
