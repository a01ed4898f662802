import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Packaged builds hide the developer tools entirely. */
  isPackaged: boolean;
  /** Reload is only useful against the dev server; in use it would drop unsaved input. */
  isDev: boolean;
}

/** A small menu: the standard roles, which also give the usual keyboard shortcuts. */
export const menuTemplate = ({
  platform,
  isPackaged,
  isDev,
}: MenuContext): MenuItemConstructorOptions[] => {
  const view: MenuItemConstructorOptions[] = [
    ...(isDev ? [{ role: 'reload' } as const] : []),
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    ...(isDev || !isPackaged ? [{ type: 'separator' } as const] : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [platform === 'darwin' ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      // Notes are typed, so editing shortcuts must work in text fields too.
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About Gloss' }] },
  ];
};
