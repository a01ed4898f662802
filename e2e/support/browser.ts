import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundBrowser {
  executablePath: string;
  /** Where the path came from, for messages: "GLOSS_BROWSER", "system" or "playwright". */
  source: 'GLOSS_BROWSER' | 'system' | 'playwright';
}

// The real Debian binary comes before the /usr/bin wrapper, which prints a harmless warning.
const systemCandidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The one message shown when no browser can be found, saying what to install. */
export const missingBrowserMessage = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.GLOSS_BROWSER
    ? `GLOSS_BROWSER points at ${env.GLOSS_BROWSER}, which does not exist. `
    : 'No Chromium or Chrome found for the Gloss end-to-end tests. ') +
  'Install one: "apt-get install chromium" on Debian/Ubuntu, or "npx playwright install chromium" ' +
  'anywhere; or set GLOSS_BROWSER to a Chromium-based browser executable.';

const playwrightChromium = (): string | null => {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // executablePath() throws when Playwright has no registry entry for this platform.
    return null;
  }
};

/** The browser the tests and benchmarks drive: GLOSS_BROWSER, a system one, else Playwright's. */
export const findBrowser = (env: NodeJS.ProcessEnv = process.env): FoundBrowser | null => {
  const fromEnv = env.GLOSS_BROWSER;
  if (fromEnv)
    return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'GLOSS_BROWSER' } : null;
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, source: 'system' };
  const bundled = playwrightChromium();
  return bundled ? { executablePath: bundled, source: 'playwright' } : null;
};

const runsAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Flags for a quiet, offline, reproducible Chromium; the sandbox only goes where it cannot work. */
export const browserLaunchArgs = (): string[] => [
  ...(runsAsRoot() ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
