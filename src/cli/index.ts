import { resolve } from 'node:path';
import { runCli } from './run';

/** Runs the `gloss` command; `mainDir` is the folder of the built entry, out/main (entry.ts). */
export const startCli = (mainDir: string): void => {
  void runCli(process.argv.slice(2), {
    env: process.env,
    resourcesDir: resolve(mainDir, '../../resources'),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
};
