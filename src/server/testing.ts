import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../shared/contract';
import { GlossError } from '../shared/result';
import { makeHandlers, summary } from '../shared/contract/testing';
import { startServer, type RunningServer } from './http';

/** Test support for the HTTP server: a fake core and a temporary renderer folder. */

/** The fake core: fixed answers, and documents.get that finds nothing. */
export const fakeHandlers: Handlers = makeHandlers({
  'documents.get': ({ id }) => {
    throw new GlossError('not_found', `No document ${id}.`);
  },
});

export { summary };

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

type Headers = Record<string, string | number>;

export interface Fixture {
  server: RunningServer;
  /** The launch token, already redeemed by the fixture: a second use is refused. */
  token: string;
  /** The page secret the launch redirect handed over, sent as X-Gloss-Page. */
  pageSecret: string;
  host: string;
  origin: string;
  cookie: string;
  /** The folder above the renderer folder, holding a file the server must never serve. */
  tmp: string;
  /** Every reply received, so a test can check a property of all of them. */
  seen: Reply[];
  send(method: string, urlPath: string, headers?: Headers, body?: string | Buffer): Promise<Reply>;
  /** Host and session cookie of a logged-in page, plus extra headers. */
  authed(extra?: Headers): Headers;
  /** POSTs to /api/<method> as the page does: cookie, Origin, JSON and the page secret. */
  post(method: string, body: string, extra?: Headers): Promise<Reply>;
  stop(): Promise<void>;
}

const makeRenderer = (tmp: string): string => {
  const renderer = path.join(tmp, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Gloss</title>');
  for (const name of [
    'app.js',
    'app.css',
    'font.woff2',
    'icon.svg',
    'pic.png',
    'index-COqLjH-j.js',
  ]) {
    writeFileSync(path.join(renderer, 'assets', name), name);
  }
  writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(renderer, 'link.txt'));
  return renderer;
};

export const startFixture = async (handlers: Handlers = fakeHandlers): Promise<Fixture> => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gloss-http-'));
  const server = await startServer({ handlers, rendererDir: makeRenderer(tmp) });
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const host = `127.0.0.1:${server.port}`;
  const origin = `http://${host}`;
  const seen: Reply[] = [];

  // A raw request, so tests control Host, Origin and un-normalised paths themselves.
  const send: Fixture['send'] = (method, urlPath, headers = {}, body) =>
    new Promise((resolve, reject) => {
      const options = { host: '127.0.0.1', port: server.port, method, path: urlPath, headers };
      const req = request({ ...options, setHost: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const reply = { status: res.statusCode ?? 0, headers: res.headers, body: text };
          seen.push(reply);
          resolve(reply);
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  // Log in as the browser does: redeem the launch URL, keep the cookie and the page secret.
  const launch = await send('GET', `/?token=${token}`, { Host: host });
  const cookie = (launch.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  const pageSecret = /#gloss-page=(.+)$/u.exec(launch.headers.location ?? '')?.[1] ?? '';
  const authed: Fixture['authed'] = (extra = {}) => ({ Host: host, Cookie: cookie, ...extra });
  const post: Fixture['post'] = (method, body, extra = {}) =>
    send(
      'POST',
      `/api/${method}`,
      authed({
        Origin: origin,
        'Content-Type': 'application/json',
        'X-Gloss-Page': pageSecret,
        ...extra,
      }),
      body,
    );
  const stop = async (): Promise<void> => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  return {
    server,
    token,
    pageSecret,
    host,
    origin,
    cookie,
    tmp,
    seen,
    send,
    authed,
    post,
    stop,
  };
};
