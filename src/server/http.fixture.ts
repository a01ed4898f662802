import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../shared/contract';
import { GlossError } from '../shared/result';
import { startServer, type RunningServer } from './http';

/** Test support for the HTTP server: a fake core and a temporary renderer folder. */

export const summary = {
  id: 'd1',
  title: 'A title',
  source: 'Pasted text',
  addedAt: '2025-01-01T00:00:00.000Z',
  openedAt: null,
  charCount: 5,
};

const highlight = {
  id: 'h1',
  documentId: 'd1',
  start: 0,
  end: 5,
  quote: { type: 'TextQuoteSelector' as const, exact: 'Title', prefix: '', suffix: '' },
  color: 'yellow' as const,
  tags: [],
  status: 'anchored' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const note = {
  id: 'n1',
  documentId: 'd1',
  highlightId: 'h1',
  body: 'A note.',
  tags: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const entity = {
  id: 'e1',
  type: 'person' as const,
  canonical: 'Ada Lovelace',
  aliases: ['Lovelace'],
  value: null,
  hidden: false,
};

const docEntity = { ...entity, mentionCount: 1, documentCount: 1, noteCount: 0 };

const entityList = {
  documentId: 'd1',
  version: 1,
  state: 'ready' as const,
  progress: 1,
  error: null,
  entities: [docEntity],
  mentions: [{ id: 1, entityId: 'e1', start: 0, end: 5, text: 'Title' }],
};

export const fakeHandlers: Handlers = {
  'library.list': () => [summary],
  'documents.get': ({ id }) => {
    throw new GlossError('not_found', `No document ${id}.`);
  },
  'documents.importText': () => summary,
  'documents.markOpened': () => summary,
  'documents.delete': ({ id }) => ({ id }),
  'documents.replaceText': () => ({
    document: summary,
    report: { anchored: 0, moved: 0, orphaned: 0 },
  }),
  'annotations.list': () => ({ highlights: [highlight], notes: [note] }),
  'highlights.create': () => highlight,
  'highlights.update': () => highlight,
  'highlights.delete': () => ({ highlight, note }),
  'highlights.restore': () => highlight,
  'highlights.reattach': () => highlight,
  'notes.save': () => note,
  'notes.delete': () => note,
  'notes.restore': () => note,
  'entities.list': () => entityList,
  'entities.refresh': () => entityList,
  'entities.get': () => ({ entity: docEntity, mentions: [], notes: [] }),
  'entities.rename': () => entity,
  'entities.retype': () => entity,
  'entities.merge': () => entity,
  'entities.split': () => entity,
  'entities.hide': () => entity,
  'entities.addFromSelection': () => entity,
  'noteLinks.list': () => [],
  'noteLinks.add': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
  'noteLinks.remove': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
};

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

type Headers = Record<string, string | number>;

export interface Fixture {
  server: RunningServer;
  token: string;
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
  post(method: string, body: string, extra?: Headers): Promise<Reply>;
  stop(): Promise<void>;
}

const makeRenderer = (tmp: string): string => {
  const renderer = path.join(tmp, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Gloss</title>');
  for (const name of ['app.js', 'app.css', 'font.woff2', 'icon.svg', 'pic.png']) {
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
  const cookie = `gloss_session=${token}`;
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
  const authed: Fixture['authed'] = (extra = {}) => ({ Host: host, Cookie: cookie, ...extra });
  const post: Fixture['post'] = (method, body, extra = {}) =>
    send(
      'POST',
      `/api/${method}`,
      authed({ Origin: origin, 'Content-Type': 'application/json', ...extra }),
      body,
    );
  const stop = async (): Promise<void> => {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  return { server, token, host, origin, cookie, tmp, seen, send, authed, post, stop };
};
