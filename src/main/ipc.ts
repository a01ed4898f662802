import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../core/dispatch';
import { channelFor } from '../shared/bridge';
import { methodNames, type Handlers } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import { isAppUrl, type AppLocation } from './app-location';
import type { ExportGrants } from './exportGrants';

/** Only the top frame of Gloss's own page may call the core; anything else gets a refusal. */
export const isTrustedSender = (
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  location: AppLocation,
): boolean => {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, location);
};

const foreignSender = fail('invalid_input', 'This request did not come from the Gloss window.');
const unchosenPath = fail(
  'invalid_input',
  'Choose where to export with the Export dialog’s “Choose…” button: Gloss exports only there.',
);

/**
 * One IPC handler per contract method, each a thin door to dispatch; export.write only to the
 * path the native dialog last returned to the window (`grants`). Returns an unregister.
 */
export const registerIpc = (
  handlers: Handlers,
  location: AppLocation,
  grants: ExportGrants,
): (() => void) => {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, location)) return foreignSender;
      if (method === 'export.write' && !grants.allows(event.sender, input)) return unchosenPath;
      // A window closed mid-call (an import running) stops the work it started.
      const caller = new AbortController();
      const abort = (): void => caller.abort();
      event.sender.once('destroyed', abort);
      try {
        return await dispatch(handlers, method, input, { signal: caller.signal });
      } finally {
        event.sender.off('destroyed', abort);
      }
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(channelFor(method));
  };
};
