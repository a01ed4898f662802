import { resolve } from 'node:path';
import { runCli } from './run';

/** Runs the `gloss` command; `mainDir` is the folder of the built entry, out/main (entry.ts). */
export const startCli = (mainDir: string): void => {
  // The first Ctrl+C asks a long export or import to stop cleanly; a second one ends at once.
  const interrupt = new AbortController();
  process.on('SIGINT', () => {
    if (interrupt.signal.aborted) process.exit(130);
    interrupt.abort();
  });

  void runCli(process.argv.slice(2), {
    env: process.env,
    resourcesDir: resolve(mainDir, '../../resources'),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    interrupted: interrupt.signal,
    ...(process.stderr.isTTY
      ? {
          terminal: {
            write: (text: string) => process.stderr.write(text),
            columns: process.stderr.columns,
          },
        }
      : {}),
  }).then((code) => {
    process.exitCode = code;
  });
};
