import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { openCore, type Core } from '../../src/core/index';
import { browserLaunchArgs, findBrowser, missingBrowserMessage } from '../../e2e/support/browser';
import { repoRoot } from '../../e2e/support/server';

export const resourcesDir = join(repoRoot, 'resources');

/** Runs `fn` with a fresh, empty data directory and removes it afterwards. */
export const withDataDir = async <T>(fn: (dataDir: string) => Promise<T>): Promise<T> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-bench-'));
  try {
    return await fn(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  }
};

/** The real core, in this process, on `dataDir` (the bundled article is seeded as on first run). */
export const withCore = async <T>(dataDir: string, fn: (core: Core) => Promise<T>): Promise<T> => {
  const core = await openCore({ dataDir, resourcesDir });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
};

/** A cold Chromium, as a user's first window would get, launched like the e2e tests do. */
export const launchChromium = (): Promise<Browser> => {
  const browser = findBrowser();
  if (!browser) throw new Error(missingBrowserMessage());
  return chromium.launch({ executablePath: browser.executablePath, args: browserLaunchArgs() });
};

/** Unwraps a handler's return, whether the core answered synchronously or not. */
export const settle = async <T>(value: T | Promise<T>): Promise<T> => value;
