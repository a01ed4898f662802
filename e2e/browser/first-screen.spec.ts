import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { startServer } from '../support/server';
import { bundledArticle } from '../support/bundled';

// The app's chunk (React, Lexical, the features), which the page's first script runs once the
// first screen is drawn: held back here to look at the first screen alone.
const appChunk = /\/assets\/appRoot-[^/]*\.js$/;

test('the article is drawn before the app has started, then the reader takes its place', async ({
  gloss,
}) => {
  const { page } = gloss;
  await expect(gloss.reader.paragraphs.first()).toBeVisible();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(appChunk, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });

  // The first screen: the article's title and first paragraph, in the app's layout.
  const firstParagraph = page.locator('.article-text p', {
    hasText: bundledArticle.firstParagraphStart,
  });
  await expect(firstParagraph).toBeVisible();
  await expect(page.locator('h1')).toHaveText(bundledArticle.title);
  const drawnAt = await firstParagraph.boundingBox();
  // A picture only: not in the accessibility tree, and no reader yet to select text in.
  await expect(page.getByRole('heading', { name: bundledArticle.title })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Reader', exact: true })).toHaveCount(0);

  release();
  await expect(gloss.reader.paragraphs.first()).toHaveText(
    new RegExp(`^\\s*${bundledArticle.firstParagraphStart.replace(/\./g, '\\.')}`),
  );
  // The reader's paragraph is the only one left, where the first screen had drawn it.
  await expect(firstParagraph).toHaveCount(1);
  await expect(page.getByRole('heading', { name: bundledArticle.title, level: 1 })).toBeVisible();
  const readerAt = await gloss.reader.paragraphs.first().boundingBox();
  expect(readerAt).not.toBeNull();
  expect(drawnAt).not.toBeNull();
  expect(Math.abs((readerAt?.x ?? 0) - (drawnAt?.x ?? -99))).toBeLessThan(1);
  expect(Math.abs((readerAt?.y ?? 0) - (drawnAt?.y ?? -99))).toBeLessThan(1);
  expect(Math.abs((readerAt?.width ?? 0) - (drawnAt?.width ?? -99))).toBeLessThan(1);
});

test('the article is in the page the launch opens: painted before any of its scripts has run', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
  const server = await startServer({ dataDir });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url, { waitUntil: 'commit' });
    const firstParagraph = page.locator('.article-text p', {
      hasText: bundledArticle.firstParagraphStart,
    });
    await expect(firstParagraph).toBeVisible();
    await expect(page.locator('h1')).toHaveText(bundledArticle.title);
    await expect(page.getByRole('region', { name: 'Reader', exact: true })).toHaveCount(0);

    release();
    const reader = page.getByRole('region', { name: 'Reader', exact: true });
    await expect(reader.getByTestId('reader-content').locator('p').first()).toBeVisible();
    await expect(page.locator('.first-screen')).toHaveCount(0);
    await expect(firstParagraph).toHaveCount(1);
  } finally {
    await context.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
