import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelFor, choosePathChannel } from '../shared/bridge';
import type { Handlers } from '../shared/contract';
import { appLocation } from './app-location';
import { registerDialogs } from './dialogs';
import { createExportGrants } from './exportGrants';
import { registerIpc } from './ipc';

type Invoke = (event: unknown, input: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Invoke) => electron.handlers.set(channel, handler),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

const exportWrite = vi.fn((input: { path: string }) => ({ path: input.path }));
const handlers = { 'export.write': exportWrite } as unknown as Handlers;

const rendererFile = path.resolve('/app/out/renderer/index.html');
/** A call from the Gloss page of one window (its WebContents is `sender`). */
const fromWindow = (sender = { once: vi.fn(), off: vi.fn() }) => ({
  senderFrame: { url: pathToFileURL(rendererFile).href, parent: null },
  sender,
});
const invoke = (channel: string, event: unknown, input: unknown) =>
  (electron.handlers.get(channel) as Invoke)(event, input);
const write = (event: unknown, target: string) =>
  invoke(channelFor('export.write'), event, { format: 'json', path: target });

beforeAll(() => {
  const grants = createExportGrants();
  registerIpc(handlers, appLocation(rendererFile), grants);
  registerDialogs(appLocation(rendererFile), grants);
});

beforeEach(() => {
  exportWrite.mockClear();
});

const refusal = {
  ok: false,
  error: { code: 'invalid_input', message: expect.stringContaining('“Choose…”') as unknown },
};

describe('export.write in Electron', () => {
  it('is refused before the dialog has returned a path, and the core is not called', async () => {
    expect(await write(fromWindow(), '/home/ann/.bashrc')).toEqual(refusal);
    expect(exportWrite).not.toHaveBeenCalled();
  });

  it('writes only to the path the dialog just returned to that window', async () => {
    const window = fromWindow();
    electron.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/home/ann/gloss.json',
    });
    expect(await invoke(choosePathChannel, window, { kind: 'file' })).toBe('/home/ann/gloss.json');

    expect(await write(window, '/home/ann/gloss.json')).toEqual({
      ok: true,
      value: { path: '/home/ann/gloss.json' },
    });
    expect(await write(window, '/home/ann/.bashrc')).toEqual(refusal);
    expect(await write(fromWindow(), '/home/ann/gloss.json')).toEqual(refusal);
    expect(exportWrite).toHaveBeenCalledTimes(1);

    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/ann/vault'] });
    await invoke(choosePathChannel, window, { kind: 'folder' });
    expect(await write(window, '/home/ann/gloss.json')).toEqual(refusal);
    expect(await write(window, '/home/ann/vault')).toMatchObject({ ok: true });
  });
});
