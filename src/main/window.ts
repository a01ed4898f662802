import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { contentSecurityPolicy } from '../shared/bridge';
import { isAppUrl, type AppLocation } from './app-location';

/** The page colours of the renderer's light and dark themes, so no white flash shows first. */
const paper = { light: '#fffdf9', dark: '#21201d' };

/** Every setting that keeps web content away from Node and the system, stated explicitly. */
export const secureWebPreferences = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // A middle click opens nothing (new windows are denied anyway): one way fewer to leave the page.
  disableBlinkFeatures: 'Auxclick',
});

export const windowOptions = (
  preloadPath: string,
  dark = false,
): BrowserWindowConstructorOptions => ({
  title: 'Gloss',
  width: 1280,
  height: 860,
  minWidth: 720,
  minHeight: 480,
  backgroundColor: dark ? paper.dark : paper.light,
  // Shown on ready-to-show, so the window never appears blank.
  show: false,
  webPreferences: secureWebPreferences(preloadPath),
});

/** Gloss is one page: it never navigates away, opens windows or embeds other content. */
export const hardenContents = (contents: WebContents, location: AppLocation): void => {
  const stayHome = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, location)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};

/**
 * Permissions are refused, with one exception: writing sanitised text to the clipboard from the
 * app's own page, which copying notes and exports needs. The CSP header matches browser mode's
 * (index.html carries it too, because file:// responses have no headers to add it to).
 */
export const hardenSession = (session: Session, location: AppLocation): void => {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL(), location));
  });
  session.setPermissionCheckHandler(
    (contents, permission) =>
      permission === 'clipboard-sanitized-write' &&
      contents !== null &&
      isAppUrl(contents.getURL(), location),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
};

export interface MainWindowOptions {
  preloadPath: string;
  rendererFile: string;
  location: AppLocation;
  dark: boolean;
}

export const createMainWindow = (options: MainWindowOptions): BrowserWindow => {
  const window = new BrowserWindow(windowOptions(options.preloadPath, options.dark));
  hardenSession(window.webContents.session, options.location);
  hardenContents(window.webContents, options.location);
  window.once('ready-to-show', () => window.show());
  const loaded =
    options.location.kind === 'dev'
      ? window.loadURL(options.location.url)
      : window.loadFile(options.rendererFile);
  loaded.catch((error: unknown) => console.error('gloss: the window could not load', error));
  return window;
};
