import { expect, test } from '../fixtures';

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
  // The page itself, holding the cookie, still gets through.
  expect((await gloss.call('library.list', {})).ok).toBe(true);
});
