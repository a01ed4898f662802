import { connect } from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './testing';

let f: Fixture;

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f.stop();
});

describe('binding', () => {
  it('listens on 127.0.0.1 with a 32-byte random token in the launch URL', () => {
    expect(f.server.address.address).toBe('127.0.0.1');
    expect(f.server.url).toBe(`http://127.0.0.1:${f.server.port}/?token=${f.token}`);
    expect(Buffer.from(f.token, 'base64url')).toHaveLength(32);
  });

  it('cannot be reached on another interface address of this machine', async () => {
    const other = Object.values(os.networkInterfaces())
      .flat()
      .find((info) => info && !info.internal && info.family === 'IPv4');
    if (!other) {
      console.log('skipped: this machine has no non-loopback IPv4 address to try');
      return;
    }
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: other.address, port: f.server.port, timeout: 2000 });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('timeout', () => {
        socket.destroy();
        resolve('timeout');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).not.toBe('connected');
  });
});

describe('authentication', () => {
  it.each(['/', '/index.html', '/assets/app.js', '/nowhere'])(
    'refuses GET %s without the cookie',
    async (urlPath) => {
      const reply = await f.send('GET', urlPath, { Host: f.host });
      expect(reply.status).toBe(401);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).toBe('Unauthorized\n');
      expect(reply.headers['set-cookie']).toBeUndefined();
    },
  );

  it('refuses the API without the cookie', async () => {
    const headers = { Host: f.host, Origin: f.origin, 'Content-Type': 'application/json' };
    const reply = await f.send('POST', '/api/library.list', headers, '{}');
    expect(reply.status).toBe(401);
    expect(reply.body).toBe('Unauthorized\n');
  });

  it('refuses a wrong token in the URL and in the cookie', async () => {
    const wrongUrl = await f.send('GET', '/?token=not-the-token', { Host: f.host });
    expect(wrongUrl.status).toBe(401);
    expect(wrongUrl.body).toContain(
      'This launch link was already used, or belongs to another Gloss',
    );
    expect(wrongUrl.headers['set-cookie']).toBeUndefined();
    const sessionId = f.cookie.replace('gloss_session=', '');
    const sameLength = `${sessionId.slice(0, -1)}${sessionId.endsWith('A') ? 'B' : 'A'}`;
    const cookie = `gloss_session=${sameLength}`;
    const wrongCookie = await f.send('GET', '/', { Host: f.host, Cookie: cookie });
    expect(wrongCookie.status).toBe(401);
  });

  it('traded the launch token for a separate session id and a page secret, redirecting to /', () => {
    const launch = f.seen[0];
    expect(launch?.status).toBe(303);
    expect(launch?.headers.location).toBe(`/#gloss-page=${f.pageSecret}`);
    expect(launch?.headers['set-cookie']).toEqual([`${f.cookie}; HttpOnly; SameSite=Lax; Path=/`]);
    const sessionId = f.cookie.replace('gloss_session=', '');
    expect(Buffer.from(sessionId, 'base64url')).toHaveLength(32);
    expect(Buffer.from(f.pageSecret, 'base64url')).toHaveLength(32);
    expect(new Set([f.token, sessionId, f.pageSecret]).size).toBe(3);
  });

  it('refuses the launch URL used again, with a message and no cookie', async () => {
    const reused = await f.send('GET', `/?token=${f.token}`, { Host: f.host });
    expect(reused.status).toBe(401);
    expect(reused.body).toContain('This launch link was already used');
    expect(reused.headers['set-cookie']).toBeUndefined();
  });

  it('refuses the launch token as a session cookie', async () => {
    const reply = await f.send('GET', '/', { Host: f.host, Cookie: `gloss_session=${f.token}` });
    expect(reply.status).toBe(401);
  });

  it('refuses the API to the session cookie without the page secret, or with a wrong one', async () => {
    const headers = f.authed({ Origin: f.origin, 'Content-Type': 'application/json' });
    const bare = await f.send('POST', '/api/library.list', headers, '{}');
    expect(bare.status).toBe(401);
    const wrong = await f.post('library.list', '{}', { 'X-Gloss-Page': f.token });
    expect(wrong.status).toBe(401);
    expect((await f.post('library.list', '{}')).status).toBe(200);
  });

  it('serves the page with the cookie, among other cookies too', async () => {
    const reply = await f.send('GET', '/', f.authed({ Cookie: `other=1; ${f.cookie}` }));
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Gloss</title>');
  });
});

describe('Host and Origin', () => {
  it.each(['evil.example:PORT', '127.0.0.1:1', 'localhost', '127.0.0.1', '[::1]:PORT', ''])(
    'refuses Host "%s" even with the cookie',
    async (value) => {
      const headers = f.authed({ Host: value.replace('PORT', `${f.server.port}`) });
      expect((await f.send('GET', '/', headers)).status).toBe(403);
      expect((await f.send('GET', `/?token=${f.token}`, headers)).status).toBe(403);
    },
  );

  it('accepts localhost:<port> as Host', async () => {
    const reply = await f.send('GET', '/', f.authed({ Host: `localhost:${f.server.port}` }));
    expect(reply.status).toBe(200);
  });

  it('refuses POST without an Origin', async () => {
    const headers = f.authed({ 'Content-Type': 'application/json' });
    const reply = await f.send('POST', '/api/library.list', headers, '{}');
    expect(reply.status).toBe(403);
  });

  it.each(['http://evil.example', 'null', 'http://localhost:PORT', 'http://127.0.0.1:PORT/'])(
    'refuses POST with Origin %s',
    async (value) => {
      const reply = await f.post('library.list', '{}', {
        Origin: value.replace('PORT', `${f.server.port}`),
      });
      expect(reply.status).toBe(403);
      expect(reply.body).toBe('Forbidden\n');
    },
  );

  it('accepts the Origin that matches a localhost Host', async () => {
    const localhost = `localhost:${f.server.port}`;
    const reply = await f.post('library.list', '{}', {
      Host: localhost,
      Origin: `http://${localhost}`,
    });
    expect(reply.status).toBe(200);
  });

  it('answers OPTIONS and other methods with 405', async () => {
    const preflight = f.authed({
      Origin: 'http://evil.example',
      'Access-Control-Request-Method': 'POST',
    });
    expect((await f.send('OPTIONS', '/api/library.list', preflight)).status).toBe(405);
    expect((await f.send('PUT', '/', f.authed())).status).toBe(405);
    expect((await f.send('GET', '/api/library.list', f.authed())).status).toBe(405);
  });

  it('sent no Access-Control-* header on any reply above', () => {
    expect(f.seen.length).toBeGreaterThan(10);
    for (const reply of f.seen) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });
});
