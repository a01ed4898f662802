import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelFor } from '../shared/bridge';
import { methodNames, type Handlers } from '../shared/contract';
import { appLocation } from './app-location';
import { createExportGrants } from './exportGrants';
import { registerIpc } from './ipc';

type Invoke = (event: unknown, input: unknown) => Promise<unknown>;

const registered = vi.hoisted(
  () => new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
);

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Invoke) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const listDocuments = vi.fn(() => []);
/** Runs until its call is aborted, like an import whose window is closed. */
const untilAborted = vi.fn(
  (_input: unknown, call?: { signal?: AbortSignal }) =>
    new Promise((resolve) => call?.signal?.addEventListener('abort', () => resolve('stopped'))),
);
const handlers = {
  'library.list': listDocuments,
  'documents.get': vi.fn(),
  'preferences.get': untilAborted,
  'documents.importText': vi.fn(),
  'documents.markOpened': vi.fn(),
  'documents.delete': vi.fn(),
} as unknown as Handlers;

const rendererFile = path.resolve('/app/out/renderer/index.html');
const pageUrl = pathToFileURL(rendererFile).href;
const frame = (url: string, parent: unknown = null, sender = new EventEmitter()) => ({
  senderFrame: { url, parent },
  sender,
});
const call = (event: unknown, input: unknown = {}) =>
  (registered.get(channelFor('library.list')) as Invoke)(event, input);

beforeAll(() => {
  registerIpc(handlers, appLocation(rendererFile), createExportGrants());
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract method', () => {
    expect([...registered.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
    expect(channelFor('library.list')).toBe('gloss:library.list');
  });

  it('passes a call from the app page through to dispatch', async () => {
    expect(await call(frame(pageUrl))).toEqual({ ok: true, value: [] });
    expect(await call(frame(`${pageUrl}#reader`))).toEqual({ ok: true, value: [] });
    expect(listDocuments).toHaveBeenCalledTimes(2);
  });

  it('validates input on the way, like every transport', async () => {
    const result = await call(frame(pageUrl), { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['a foreign page', frame('https://evil.example/')],
    ['another local file', frame('file:///tmp/evil.html')],
    ['a subframe of the app', frame(pageUrl, { url: pageUrl })],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s without calling the core', async (_name, event) => {
    listDocuments.mockClear();
    const result = await call(event);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'This request did not come from the Gloss window.' },
    });
    expect(listDocuments).not.toHaveBeenCalled();
  });

  it('aborts the call when its window is closed', async () => {
    const sender = new EventEmitter();
    const pending = (registered.get(channelFor('preferences.get')) as Invoke)(
      frame(pageUrl, null, sender),
      {},
    );
    await expect.poll(() => untilAborted.mock.calls.length).toBe(1);
    sender.emit('destroyed');
    expect(await pending).toEqual({ ok: true, value: 'stopped' });
    expect(sender.listenerCount('destroyed')).toBe(0);
  });

  it('accepts the dev server origin only in development', async () => {
    registered.clear();
    const unregister = registerIpc(
      handlers,
      appLocation(rendererFile, 'http://localhost:5173/'),
      createExportGrants(),
    );
    expect(await call(frame('http://localhost:5173/index.html'))).toMatchObject({ ok: true });
    expect(await call(frame(pageUrl))).toMatchObject({ ok: false });
    expect(await call(frame('http://localhost:5174/'))).toMatchObject({ ok: false });
    unregister();
    expect(registered.size).toBe(0);
  });
});
