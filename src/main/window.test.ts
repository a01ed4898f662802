import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../shared/bridge';
import { appLocation } from './app-location';
import { menuTemplate } from './menu';
import { createMainWindow, windowOptions } from './window';

type Listener = (...args: unknown[]) => unknown;

/** Just enough of BrowserWindow, WebContents and Session to capture what the shell registers. */
const fake = vi.hoisted(() => {
  const state = {
    options: undefined as unknown,
    contents: new Map<string, (...args: unknown[]) => unknown>(),
    windowOpen: undefined as undefined | ((...args: unknown[]) => unknown),
    permissionRequest: undefined as undefined | ((...args: unknown[]) => unknown),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => unknown),
    headers: undefined as undefined | ((...args: unknown[]) => unknown),
    loadFile: undefined as unknown,
    loadURL: undefined as unknown,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (event: string, listener: Listener) => fake.contents.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (fake.windowOpen = handler),
      session: {
        setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
        webRequest: { onHeadersReceived: (handler: Listener) => (fake.headers = handler) },
      },
    };
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      fake.options = options;
      fake.loadFile = this.loadFile;
      fake.loadURL = this.loadURL;
    }
  }
  return { BrowserWindow };
});

const rendererFile = path.resolve('/app/out/renderer/index.html');
const pageUrl = pathToFileURL(rendererFile).href;
const location = appLocation(rendererFile);

describe('windowOptions', () => {
  const prefs = windowOptions('/app/out/preload/index.js').webPreferences ?? {};

  it('uses the preload script', () => expect(prefs.preload).toBe('/app/out/preload/index.js'));
  it('isolates the page context', () => expect(prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
  it('gives the page no Node', () => expect(prefs.nodeIntegration).toBe(false));
  it('gives workers no Node', () => expect(prefs.nodeIntegrationInWorker).toBe(false));
  it('gives subframes no Node', () => expect(prefs.nodeIntegrationInSubFrames).toBe(false));
  it('keeps web security on', () => expect(prefs.webSecurity).toBe(true));
  it('blocks insecure content', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('has no webview tag', () => expect(prefs.webviewTag).toBe(false));
  it('turns the spellchecker off', () => expect(prefs.spellcheck).toBe(false));
  it('does not navigate on drop', () => expect(prefs.navigateOnDragDrop).toBe(false));
  it('turns middle-click navigation off', () =>
    expect(prefs.disableBlinkFeatures).toBe('Auxclick'));

  it('is titled Gloss, hidden until ready, sized sensibly, painted like the page', () => {
    const options = windowOptions('p');
    expect(options.title).toBe('Gloss');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.backgroundColor).toBe('#fffdf9');
    expect(windowOptions('p', true).backgroundColor).toBe('#21201d');
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.contents.clear();
    createMainWindow({ preloadPath: 'p', rendererFile, location, dark: false });
  });

  const navigate = (event: string, url: string): boolean => {
    const preventDefault = vi.fn();
    fake.contents.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };

  it('loads the built page from disk', () => {
    expect(fake.loadFile).toHaveBeenCalledWith(rendererFile);
    expect(fake.loadURL).not.toHaveBeenCalled();
  });

  it('denies navigation away from the app, allowing only its own page', () => {
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', pageUrl)).toBe(false);
    expect(navigate('will-navigate', `${pageUrl}#notes`)).toBe(false);
  });

  it('refuses webviews and new windows', () => {
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
    expect(fake.windowOpen?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.windowOpen?.({ url: pageUrl })).toEqual({ action: 'deny' });
  });

  it('denies permission requests', () => {
    const callback = vi.fn();
    const contents = { getURL: () => pageUrl };
    fake.permissionRequest?.(contents, 'media', callback);
    fake.permissionRequest?.(contents, 'geolocation', callback);
    fake.permissionRequest?.(
      { getURL: () => 'https://x.example' },
      'clipboard-sanitized-write',
      callback,
    );
    expect(callback.mock.calls).toEqual([[false], [false], [false]]);
    expect(fake.permissionCheck?.(contents, 'notifications')).toBe(false);
  });

  it('adds the shared Content-Security-Policy to every response', () => {
    const callback = vi.fn();
    fake.headers?.({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
    expect(contentSecurityPolicy).toContain("default-src 'self'");
  });
});

describe('menuTemplate', () => {
  const labels = (context: Parameters<typeof menuTemplate>[0]): string[] =>
    menuTemplate(context).flatMap((item) =>
      Array.isArray(item.submenu) ? item.submenu.map((sub) => String(sub.role ?? sub.type)) : [],
    );

  it('offers reload only in development and devtools only unpackaged', () => {
    const packaged = labels({ platform: 'linux', isPackaged: true, isDev: false });
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toContain('quit');
    expect(packaged).toContain('copy');
    const dev = labels({ platform: 'linux', isPackaged: false, isDev: true });
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });
});
