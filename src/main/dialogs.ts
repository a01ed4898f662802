import { BrowserWindow, dialog, ipcMain } from 'electron';
import { z } from 'zod';
import { choosePathChannel } from '../shared/bridge';
import type { AppLocation } from './app-location';
import type { ExportGrants } from './exportGrants';
import { isTrustedSender } from './ipc';

const optionsSchema = z
  .object({
    kind: z.enum(['file', 'folder']),
    defaultName: z.string().max(255).optional(),
  })
  .strict();

/**
 * The native save and folder dialogs behind window.glossShell.choosePath. Answers the chosen
 * path or null (cancelled, or a request that is not from the Gloss window or is malformed).
 * The chosen path becomes the only one export.write accepts from that window (`grants`).
 * Returns an unregister.
 */
export const registerDialogs = (location: AppLocation, grants: ExportGrants): (() => void) => {
  const chosen = (sender: object, path: string | null | undefined): string | null => {
    if (!path) return null;
    grants.grant(sender, path);
    return path;
  };
  ipcMain.handle(choosePathChannel, async (event, input: unknown): Promise<string | null> => {
    if (!isTrustedSender(event, location)) return null;
    const options = optionsSchema.safeParse(input);
    if (!options.success) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (options.data.kind === 'folder') {
      const properties: ('openDirectory' | 'createDirectory')[] = [
        'openDirectory',
        'createDirectory',
      ];
      const settings = { title: 'Export to folder', buttonLabel: 'Export here', properties };
      const result = window
        ? await dialog.showOpenDialog(window, settings)
        : await dialog.showOpenDialog(settings);
      return result.canceled ? null : chosen(event.sender, result.filePaths[0]);
    }
    const settings = {
      title: 'Export to file',
      buttonLabel: 'Export',
      ...(options.data.defaultName ? { defaultPath: options.data.defaultName } : {}),
    };
    const result = window
      ? await dialog.showSaveDialog(window, settings)
      : await dialog.showSaveDialog(settings);
    return result.canceled ? null : chosen(event.sender, result.filePath);
  });
  return () => ipcMain.removeHandler(choosePathChannel);
};
