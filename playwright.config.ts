import { defineConfig } from '@playwright/test';
import { browserLaunchArgs, findBrowser, missingBrowserMessage } from './e2e/support/browser';
import type { Shell } from './e2e/support/shells';

const onCI = Boolean(process.env.CI);

/** True when the command line picks only the electron project, which needs no Chromium. */
const onlyElectronSelected = (): boolean => {
  const argv = process.argv.join(' ');
  return /--project[= ]electron\b/.test(argv) && !/--project[= ]browser\b/.test(argv);
};

const browser = findBrowser();
// Workers load this file too, with other arguments; the runner has already checked by then.
const isWorker = process.env.TEST_WORKER_INDEX !== undefined;
if (!browser && !isWorker && !onlyElectronSelected()) {
  // One clear line instead of a stack from deep inside a worker.
  console.error(`\n${missingBrowserMessage(process.env)}\n`);
  process.exit(1);
}

export default defineConfig<{ shell: Shell }>({
  testDir: 'e2e',
  // Artefacts go below test-results/ but not into it: the unit and e2e JSON reports live there,
  // and Playwright empties its outputDir at the start of a run.
  outputDir: 'test-results/e2e-artifacts',
  // Two cores are the norm where this runs; each test also starts a server or Electron.
  fullyParallel: false,
  workers: onCI ? 1 : 2,
  retries: onCI ? 1 : 0,
  forbidOnly: onCI,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testIgnore: ['electron/**'],
      use: {
        shell: 'browser',
        launchOptions: {
          executablePath: browser?.executablePath,
          args: browserLaunchArgs(),
        },
      },
    },
    {
      name: 'electron',
      // The shared flows run in both shells; e2e/electron holds what only Electron has.
      testIgnore: ['browser/**'],
      use: { shell: 'electron' },
    },
  ],
});
