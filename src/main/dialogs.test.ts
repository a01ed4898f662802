import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { choosePathChannel } from '../shared/bridge';
import { appLocation } from './app-location';
import { registerDialogs } from './dialogs';
import { createExportGrants } from './exportGrants';

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

const rendererFile = path.resolve('/app/out/renderer/index.html');
const appFrame = {
  senderFrame: { url: pathToFileURL(rendererFile).href, parent: null },
  sender: {},
};
const choose = (event: unknown, input: unknown) =>
  (electron.handlers.get(choosePathChannel) as Invoke)(event, input);

beforeAll(() => {
  registerDialogs(appLocation(rendererFile), createExportGrants());
});

beforeEach(() => {
  electron.showOpenDialog.mockReset();
  electron.showSaveDialog.mockReset();
});

describe('registerDialogs', () => {
  it('opens a folder dialog that can create folders, and answers the chosen folder', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/ann/vault'] });
    expect(await choose(appFrame, { kind: 'folder' })).toBe('/home/ann/vault');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  it('opens a save dialog with the proposed name, and answers null when cancelled', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await choose(appFrame, { kind: 'file', defaultName: 'gloss.json' })).toBeNull();
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'gloss.json' }),
    );
  });

  it('ignores requests from other pages and malformed ones, without opening a dialog', async () => {
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    expect(await choose(foreign, { kind: 'folder' })).toBeNull();
    expect(await choose(appFrame, { kind: 'disk' })).toBeNull();
    expect(await choose(appFrame, { kind: 'file', extra: true })).toBeNull();
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});
