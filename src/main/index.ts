import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, nativeTheme } from 'electron';
import { openCore } from '../core';
import { resolveDataDir } from '../core/paths';
import { GlossError } from '../shared/result';
import { appLocation } from './app-location';
import { registerDialogs } from './dialogs';
import { createExportGrants } from './exportGrants';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { createMainWindow } from './window';

type Core = Awaited<ReturnType<typeof openCore>>;

app.setName('Gloss');
// One library for every shell: the folder browser mode and the CLI use (GLOSS_DATA_DIR honoured)
// is also Electron's own profile folder. Set before the single-instance lock, which lives there,
// so test runs with different data folders do not block each other.
const dataDir = resolveDataDir();
app.setPath('userData', dataDir);
app.enableSandbox();

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const resourcesDir = app.isPackaged
  ? path.join(process.resourcesPath, 'resources')
  : path.resolve(__dirname, '../../resources');
const preloadPath = path.join(__dirname, '../preload/index.js');
const rendererFile = path.join(__dirname, '../renderer/index.html');
const location = appLocation(rendererFile, devServerUrl);

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;

const showMainWindow = (): void => {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    preloadPath,
    rendererFile,
    location,
    dark: nativeTheme.shouldUseDarkColors,
  });
};

const startupFailure = (error: unknown): { title: string; message: string } => {
  // A newer library, or one on a full, read-only or failing disk, or damaged: the message says
  // what to do (for a damaged one, which backup to restore and how).
  if (
    error instanceof GlossError &&
    (error.code === 'database_newer' || error.code === 'storage')
  ) {
    return { title: 'Gloss cannot open its library', message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title: 'Gloss could not start', message: `${detail}\n\nLibrary folder: ${dataDir}` };
};

const start = async (): Promise<void> => {
  try {
    core = await openCore({ dataDir, resourcesDir, formatReferencesWhenIdle: true });
  } catch (error) {
    const { title, message } = startupFailure(error);
    console.error(`${title}: ${message}`);
    dialog.showErrorBox(title, message);
    app.exit(1);
    return;
  }
  const exportGrants = createExportGrants();
  registerIpc(core.handlers, location, exportGrants);
  registerDialogs(location, exportGrants);
  const context = { platform: process.platform, isPackaged: app.isPackaged, isDev: !!devServerUrl };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
  showMainWindow();
};

if (!app.requestSingleInstanceLock()) {
  // Another Gloss owns this library; it has been asked to show itself.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (core) showMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  app.on('will-quit', () => {
    core?.close();
    core = undefined;
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('Gloss could not start:', error);
    app.exit(1);
  });
}
