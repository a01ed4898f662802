import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/bridge';
import { maxBodyBytes } from './api';
import { startFixture, summary, type Fixture } from './testing';

let f: Fixture;

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f.stop();
});

describe('API', () => {
  it('answers a well-formed call with the Result as JSON', async () => {
    const reply = await f.post('library.list', '{}');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [summary] });
  });

  it('passes expected failures through as failed Results', async () => {
    const reply = await f.post('documents.get', '{"id":"x"}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No document x.' },
    });
  });

  it('reports an unknown method', async () => {
    const reply = await f.post('documents.explode', '{}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('answers invalid JSON with 400 invalid_input', async () => {
    const reply = await f.post('library.list', '{"oops":');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('validates the input against the contract', async () => {
    const reply = await f.post('documents.get', '{"id":""}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('requires a JSON content type', async () => {
    const reply = await f.post('library.list', '{}', { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a body over 32 MB with 413 too_large', async () => {
    const reply = await f.post('documents.importText', 'x'.repeat(maxBodyBytes + 1));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('takes a library export past 32 MB for library.importJson', async () => {
    // A 10,000-document library's export is about 220 MB (issue 21): its body has a limit of
    // its own; the fake core here answers any valid input.
    const data = JSON.stringify({ filler: 'x'.repeat(maxBodyBytes) });
    const reply = await f.post('library.importJson', JSON.stringify({ data }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  }, 30_000);

  it('refuses an oversized chunked body without reading it all', async () => {
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: f.server.port,
          method: 'POST',
          path: '/api/documents.importText',
          headers: f.authed({
            Origin: f.origin,
            'Content-Type': 'application/json',
            'X-Gloss-Page': f.pageSecret,
          }),
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 33; i += 1) req.write(chunk);
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });
});

describe('static files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/icon.svg', 'image/svg+xml'],
    ['/assets/pic.png', 'image/png'],
  ])('serves %s as %s', async (urlPath, type) => {
    const reply = await f.send('GET', urlPath, f.authed());
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    if (type.startsWith('text/html')) expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('lets the browser keep a file named after its content, and ask again for any other', async () => {
    const built = await f.send('GET', '/assets/index-COqLjH-j.js', f.authed());
    expect(built.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await f.send('GET', '/assets/app.js', f.authed());
    expect(plain.headers['cache-control']).toBe('no-cache');
    const page = await f.send('GET', '/', f.authed());
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD without a body', async () => {
    const reply = await f.send('HEAD', '/assets/app.js', f.authed());
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe('6');
    expect(reply.body).toBe('');
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await f.send('GET', '/missing.js', f.authed())).status).toBe(404);
    expect((await f.send('GET', '/assets', f.authed())).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/link.txt',
  ])('does not serve %s', async (urlPath) => {
    const reply = await f.send('GET', urlPath, f.authed());
    expect([403, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('secret');
  });
});

describe('security headers', () => {
  it('sends them on pages, API answers and refusals alike', async () => {
    const replies = [
      await f.send('GET', '/', f.authed()),
      await f.post('library.list', '{}'),
      await f.send('GET', '/', { Host: f.host }),
      await f.send('GET', '/', { Host: 'evil.example' }),
    ];
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });

  it('never sent an Access-Control-* header', () => {
    for (const reply of f.seen) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });
});
