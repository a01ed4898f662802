import { _electron, type Browser, type Page } from '@playwright/test';
import { findElectron, electronMainEntry } from './electron';
import { repoRoot, startServer } from './server';

export type Shell = 'browser' | 'electron';

/** One running Gloss with one window onto it. */
export interface ShellSession {
  page: Page;
  /** Closes the window and stops the app, waiting for it to exit. */
  close(): Promise<void>;
  /** What the app wrote to stderr, for failure messages. */
  logs(): string;
}

/** Called on every new page before it loads Gloss, so no console message is missed. */
export type PageWatcher = (page: Page) => void;

/**
 * The app has started: its reader region is there (React has rendered the window). Before that,
 * the page may show the document's first screen only (reader/firstScreen.ts), with no controls.
 */
export const appStarted = (page: Page): Promise<void> =>
  page.getByRole('region', { name: 'Reader', exact: true }).waitFor({ state: 'attached' });

/** Browser mode: `node out/main/server.js --port 0`, then a fresh context at the launch URL. */
export const launchBrowserShell = async (
  browser: Browser,
  dataDir: string,
  watch: PageWatcher,
): Promise<ShellSession> => {
  const server = await startServer({ dataDir });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    watch(page);
    await page.goto(server.url);
    await appStarted(page);
    return {
      page,
      close: async () => {
        await context.close();
        await server.stop();
      },
      logs: server.stderr,
    };
  } catch (error) {
    await context.close();
    await server.stop();
    throw error;
  }
};

const runsAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Electron: the built main process on the given data directory; throws if no binary exists. */
export const launchElectronShell = async (
  dataDir: string,
  watch: PageWatcher,
): Promise<ShellSession> => {
  const electron = findElectron();
  if (!electron.found) throw new Error(electron.reason);
  const app = await _electron.launch({
    executablePath: electron.executablePath,
    // Chromium refuses to run as root with its sandbox on (CI containers run as root).
    args: [...(runsAsRoot() ? ['--no-sandbox'] : []), electronMainEntry],
    cwd: repoRoot,
    env: { ...process.env, GLOSS_DATA_DIR: dataDir },
  });
  let stderr = '';
  app
    .process()
    .stderr?.setEncoding('utf8')
    .on('data', (chunk: string) => (stderr += chunk));
  try {
    const page = await app.firstWindow();
    watch(page);
    await page.waitForLoadState('domcontentloaded');
    await appStarted(page);
    return { page, close: () => app.close(), logs: () => stderr };
  } catch (error) {
    await app.close();
    throw error;
  }
};
