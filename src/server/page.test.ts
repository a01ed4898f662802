import { afterEach, describe, expect, it } from 'vitest';
import { GlossError } from '../shared/result';
import { makeHandlers, summary } from '../shared/contract/testing';
import { startFixture, type Fixture } from './testing';

const article = {
  ...summary,
  byline: null,
  siteName: null,
  publishedAt: null,
  title: 'Troops </h1><script>alert(1)</script>',
  blocks: [{ kind: 'paragraph' as const, text: 'First paragraph & "more" <img src=x>.' }],
};

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

describe("the app's page", () => {
  it('the one the launch leads to carries the first screen of the document the app opens, every text escaped', async () => {
    for (const pagePath of ['/', '/index.html']) {
      fixture = await startFixture(makeHandlers({ 'documents.get': () => article }));
      const page = await fixture.send('GET', pagePath, fixture.authed());
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).toMatch(/^<!doctype html><title>Gloss<\/title><div class="first-screen"/u);
      expect(page.body).toContain(`data-document-id="${summary.id}"`);
      expect(page.body).toContain('aria-hidden="true" inert');
      expect(page.body).toContain(
        '<p class="article-p">First paragraph &amp; &quot;more&quot; &lt;img src=x&gt;.</p>',
      );
      expect(page.body).toContain('Troops &lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.body).not.toContain('<script');
      expect(page.body).not.toContain('<img');
      expect(Number(page.headers['content-length'])).toBe(Buffer.byteLength(page.body));
      await fixture.stop();
      fixture = undefined;
    }
  });

  it('comes as built after that: a reload, or anyone else holding only the cookie, reads no text', async () => {
    fixture = await startFixture(makeHandlers({ 'documents.get': () => article }));
    const head = await fixture.send('HEAD', '/', fixture.authed());
    expect(head.status).toBe(200);
    const launchPage = await fixture.send('GET', '/', fixture.authed());
    expect(launchPage.body).toContain('First paragraph');
    for (const pagePath of ['/', '/index.html', '/']) {
      const again = await fixture.send('GET', pagePath, fixture.authed());
      expect(again.status).toBe(200);
      expect(again.body).toBe('<!doctype html><title>Gloss</title>');
    }
  });

  it('is served as built when the library is empty or the document cannot be read', async () => {
    for (const handlers of [
      makeHandlers({ 'library.lastOpened': () => ({ id: null }) }),
      makeHandlers({
        'documents.get': () => {
          throw new GlossError('not_found', 'That document is in the Trash.');
        },
      }),
    ]) {
      fixture = await startFixture(handlers);
      const page = await fixture.send('GET', '/', fixture.authed());
      expect(page.status).toBe(200);
      expect(page.body).toBe('<!doctype html><title>Gloss</title>');
      await fixture.stop();
      fixture = undefined;
    }
  });

  it('shows no document without the session cookie', async () => {
    fixture = await startFixture(makeHandlers({ 'documents.get': () => article }));
    const page = await fixture.send('GET', '/', { Host: fixture.host });
    expect(page.status).toBe(401);
    expect(page.body).not.toContain('First paragraph');
  });
});
