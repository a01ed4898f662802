import path from 'node:path';
import { openCore } from '../core';
import { resolveDataDir } from '../core/paths';
import { GlossError } from '../shared/result';
import { parseServerArgs, usage } from './args';
import { startServer } from './http';
import { openAppWindow, type OpenedWindow } from './launcher';

/** Browser mode: `node out/main/server.js [--port N] [--open]`. */

const describeStartupError = (error: unknown): string => {
  if (
    error instanceof GlossError &&
    (error.code === 'database_newer' || error.code === 'storage')
  ) {
    return `Gloss cannot open its library: ${error.message}`;
  }
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return 'Gloss could not start: that port is already in use; try another --port or --port 0.';
  }
  return `Gloss could not start: ${error instanceof Error ? error.message : String(error)}`;
};

const main = async (mainDir: string): Promise<void> => {
  const parsed = parseServerArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(usage);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`${usage}  (${parsed.message})`);
    process.exit(2);
  }

  let core: Awaited<ReturnType<typeof openCore>> | undefined;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const dataDir = resolveDataDir();
    core = await openCore({
      dataDir,
      resourcesDir: path.resolve(mainDir, '../../resources'),
      formatReferencesWhenIdle: true,
    });
    server = await startServer({
      handlers: core.handlers,
      rendererDir: path.resolve(mainDir, '../renderer'),
      port: parsed.args.port,
    });
  } catch (error) {
    core?.close();
    console.error(describeStartupError(error));
    process.exit(1);
  }
  const openedCore = core;
  console.log(`Gloss is running at ${server.url}`);

  let window: OpenedWindow | undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    window?.close();
    server
      .close()
      .catch((error: unknown) => console.error('gloss: closing the server failed', error))
      .finally(() => {
        openedCore.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (parsed.args.open) {
    window = openAppWindow(server.url, openedCore.dataDir, stop, server.launched);
  }
};

/** Starts browser mode; `mainDir` is the folder of the built entry, out/main (entry.ts). */
export const startBrowserMode = (mainDir: string): void => {
  main(mainDir).catch((error: unknown) => {
    console.error(describeStartupError(error));
    process.exit(1);
  });
};
