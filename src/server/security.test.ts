import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './args';
import {
  isAllowedHost,
  isAllowedOrigin,
  newToken,
  readCookie,
  sessionCookie,
  tokensEqual,
} from './security';
import { contentTypeFor, resolveStaticPath } from './static';

describe('tokens', () => {
  it('are 32 random bytes, URL-safe, different every launch', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('compare equal only when identical, whatever the lengths', () => {
    const token = newToken();
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual(undefined, token)).toBe(false);
    expect(tokensEqual('', token)).toBe(false);
    expect(tokensEqual(token.slice(1), token)).toBe(false);
    expect(tokensEqual(`${token}x`, token)).toBe(false);
    expect(tokensEqual('é'.repeat(43), token)).toBe(false);
  });

  it('ride in an HttpOnly, SameSite=Lax session cookie', () => {
    expect(sessionCookie('T')).toBe('gloss_session=T; HttpOnly; SameSite=Lax; Path=/');
    expect(readCookie('a=1; gloss_session=T; b=2', 'gloss_session')).toBe('T');
    expect(readCookie('xgloss_session=T', 'gloss_session')).toBeUndefined();
    expect(readCookie(undefined, 'gloss_session')).toBeUndefined();
  });
});

describe('Host and Origin allow-lists', () => {
  it('accept only 127.0.0.1 and localhost on our port', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('localhost:5000', 5000)).toBe(true);
    for (const host of ['127.0.0.1:5001', 'LOCALHOST:5000', 'evil.example:5000', '0.0.0.0:5000']) {
      expect(isAllowedHost(host, 5000), host).toBe(false);
    }
    expect(isAllowedHost(undefined, 5000)).toBe(false);
  });

  it('want the Origin to name the same host the request was sent to', () => {
    expect(isAllowedOrigin('http://127.0.0.1:5000', '127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', '127.0.0.1:5000', 5000)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:5000', '127.0.0.1:5000', 5000)).toBe(false);
    expect(isAllowedOrigin(undefined, '127.0.0.1:5000', 5000)).toBe(false);
  });
});

describe('static paths', () => {
  const root = path.resolve('/srv/renderer');

  it('map / to index.html and stay inside the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
    expect(resolveStaticPath(root, '//assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });

  it('refuse traversal, NUL bytes, backslashes and bad encodings', () => {
    for (const bad of ['/../x', '/%2e%2e/x', '/a/..%2f..%2fx', '/%00', '/..%5cx', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
    expect(resolveStaticPath(root, '/../renderer-other/x')).toBeNull();
  });

  it('know the types a Vite build produces', () => {
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('server arguments', () => {
  it('read --port and --open', () => {
    expect(parseServerArgs([])).toEqual({ kind: 'run', args: { port: 0, open: false } });
    expect(parseServerArgs(['--port', '0', '--open'])).toEqual({
      kind: 'run',
      args: { port: 0, open: true },
    });
    expect(parseServerArgs(['--port=8123'])).toEqual({
      kind: 'run',
      args: { port: 8123, open: false },
    });
    expect(parseServerArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('refuse anything else', () => {
    for (const bad of [['--port'], ['--port', 'x'], ['--port', '70000'], ['--port=-1'], ['-x']]) {
      expect(parseServerArgs(bad).kind, bad.join(' ')).toBe('error');
    }
  });
});
