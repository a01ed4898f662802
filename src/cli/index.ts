import { resolve } from 'node:path';
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  env: process.env,
  resourcesDir: resolve(__dirname, '../../resources'),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
