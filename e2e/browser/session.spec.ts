import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLaunchFile } from '../../src/server/launchFile';
import { expect, test } from '../fixtures';
import { startServer } from '../support/server';

test('the HTTP API refuses a caller without the launch token’s cookie', async ({
  gloss,
  request,
}) => {
  const origin = new URL(gloss.page.url()).origin;
  const response = await request.post(`${origin}/api/library.list`, {
    data: {},
    headers: { Origin: origin },
  });
  expect([401, 403]).toContain(response.status());
  // The page itself, holding the cookie and the page secret, still gets through.
  expect((await gloss.call('library.list', {})).ok).toBe(true);
});

test('a launch URL opens one session only, and leaves no secret in the address bar', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
  const server = await startServer({ dataDir });
  const first = await browser.newContext();
  const second = await browser.newContext();
  const launch = writeLaunchFile(server.url);
  try {
    // As `--open` does: the browser opens the private launch page, which goes on to the URL.
    const page = await first.newPage();
    await page.goto(launch.url);
    await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
    expect(page.url()).toBe(`${new URL(server.url).origin}/`);

    const thief = await second.newPage();
    const reused = await thief.goto(server.url);
    expect(reused?.status()).toBe(401);
    await expect(thief.getByText('This launch link was already used')).toBeVisible();

    // A reload keeps the window's session.
    await page.reload();
    await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem')).toHaveCount(1);
  } finally {
    launch.remove();
    await first.close();
    await second.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
