import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/*
 * CPU profiles of what a scenario measures, for finding where its time goes: set
 * GLOSS_BENCH_PROFILE to a folder and each profiled step writes `<name>-<n>.cpuprofile` there
 * (open it in Chromium's DevTools, Performance tab). Unset, profiling costs nothing. For the
 * Node side, run the server or the CLI with `node --cpu-prof` (see README).
 */

const profileDir = process.env.GLOSS_BENCH_PROFILE;
const written = new Map<string, number>();

/** The renderer's heap in use after a full collection, in MB. */
export const heapAfterGc = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
};

const nextFile = async (name: string, extension: string): Promise<string> => {
  const count = (written.get(name) ?? 0) + 1;
  written.set(name, count);
  await mkdir(profileDir ?? '.', { recursive: true });
  return join(profileDir ?? '.', `${name}-${count}.${extension}`);
};

/**
 * With GLOSS_BENCH_TRACE=1 as well, a Chromium trace instead of a CPU profile: style, layout and
 * paint show there by name, where a CPU profile files them all under "(program)".
 */
const traced = async <T>(page: Page, name: string, step: () => Promise<T>): Promise<T> => {
  const browser = page.context().browser();
  if (!browser) return step();
  const path = await nextFile(name, 'trace.json');
  await browser.startTracing(page, {
    path,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink',
      // performance.mark() of the scenarios (the key press, the mark painted, saved).
      'blink.user_timing',
    ],
  });
  try {
    return await step();
  } finally {
    await browser.stopTracing();
  }
};

/**
 * Runs `step` with the page's CPU profiler on when GLOSS_BENCH_PROFILE is set, and writes the
 * profile; otherwise just runs it.
 */
export const profiled = async <T>(page: Page, name: string, step: () => Promise<T>): Promise<T> => {
  if (!profileDir) return step();
  if (process.env.GLOSS_BENCH_TRACE) return traced(page, name, step);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const result = await step();
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(await nextFile(name, 'cpuprofile'), JSON.stringify(profile));
    return result;
  } finally {
    await cdp.detach();
  }
};
