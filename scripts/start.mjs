// `npm start`: the Electron app where Electron can run, browser mode everywhere else.
// Usage: npm start [-- --browser [--port N]]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chooseShell,
  electronFailedToStart,
  findElectronBinary,
  serverArgs,
} from './shell-choice.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let interrupted = false;
let current = null;

// Ctrl+C reaches the child through the terminal too; forwarding covers `kill <pid>` of this script.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    if (current && current.exitCode === null && current.signalCode === null) current.kill(signal);
  });
}

const exitLike = (code, signal) => {
  process.exitCode = code ?? 128 + (constants.signals[signal] ?? 1);
};

const run = (command, commandArgs, onExit) => {
  const env = { ...process.env };
  // Set by some tools, it would make the Electron binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const started = Date.now();
  current = spawn(command, commandArgs, { cwd: projectDir, env, stdio: 'inherit' });
  current.on('error', (error) => onExit(null, null, Date.now() - started, error));
  current.on('exit', (code, signal) => onExit(code, signal, Date.now() - started));
};

const runBrowserMode = (message) => {
  console.log(message);
  const server = path.join(projectDir, 'out', 'main', 'server.js');
  if (!existsSync(server)) {
    console.error('Gloss is not built yet; run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  // The same Node that runs this script: the project's Node 24 under npm.
  run(process.execPath, [server, ...serverArgs(args)], (code, signal, _ms, error) => {
    if (error) console.error(`Could not start browser mode: ${error.message}`);
    exitLike(code, signal);
  });
};

const electronBinary = findElectronBinary({
  projectDir,
  env: process.env,
  exists: existsSync,
  readText: (file) => readFileSync(file, 'utf8'),
});
const choice = chooseShell({ args, electronBinary });
if (choice.shell === 'browser') {
  runBrowserMode(choice.message);
} else {
  run(choice.binary, [projectDir], (code, signal, elapsedMs, error) => {
    const failed = error || electronFailedToStart({ code, signal, elapsedMs, interrupted });
    if (!failed) return exitLike(code, signal);
    const why = error ? error.message : `exit ${code ?? signal}`;
    runBrowserMode(
      `Electron could not start here (${why}); opening Gloss in browser mode instead.`,
    );
  });
}
