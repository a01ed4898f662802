import { loadTimeout } from '../entities/testing';

/** Test inputs for the import guards: files built to freeze a naive parser. */

/**
 * For tests that import files: each is read in a worker, whose first start (loading jsdom and
 * remark from the TypeScript sources) takes seconds on a busy machine.
 */
export const importTestTimeout = loadTimeout;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A page of `depth` nested divs around one word: 2,000 make 23 KB, 100,000 make 1.1 MB. */
export const nestedDivsPage = (depth: number): Uint8Array =>
  utf8(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`);

/** Markdown of `*a_` repeated to about `bytes` bytes: emphasis openers that never close. */
export const emphasisRun = (bytes: number): Uint8Array => utf8('*a_'.repeat(Math.ceil(bytes / 3)));

/** The three bombs of issue 20, named as their files would be. */
export const importBombs = (): { name: string; bytes: Uint8Array }[] => [
  { name: 'nested-2000.html', bytes: nestedDivsPage(2_000) },
  { name: 'nested-100000.html', bytes: nestedDivsPage(100_000) },
  { name: 'emphasis.md', bytes: emphasisRun(180 * 1024) },
];

/** Milliseconds since `start`, for "answered while it ran" checks. */
export const elapsedSince = (start: number): number => performance.now() - start;
