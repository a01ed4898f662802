import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

export { repoRoot };
export const serverEntry = resolve(repoRoot, 'out/main/server.js');

/** The one line browser mode prints on stdout once it listens. */
const readyLine = /^Gloss is running at (http:\/\/\S+)\r?\n/m;

export interface RunningServer {
  /** The launch URL, with its one-time token. */
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far, for failure messages. */
  stderr(): string;
  /** SIGTERM, then wait for the process to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

const exited = (child: ChildProcess): boolean =>
  child.exitCode !== null || child.signalCode !== null;

const waitForExit = (child: ChildProcess, graceMs: number): Promise<void> =>
  new Promise((done) => {
    if (exited(child)) return done();
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
  });

/**
 * Starts `node out/main/server.js --port 0` on the given data directory and resolves once it has
 * printed its URL. Uses this process's Node (24 under npm scripts), as better-sqlite3 needs it.
 */
export const startServer = ({ dataDir, timeoutMs = 15_000, env }: StartOptions) => {
  if (!existsSync(serverEntry)) {
    return Promise.reject(
      new Error(`${serverEntry} is missing: run "npx electron-vite build" before the e2e tests.`),
    );
  }
  const child = spawn(process.execPath, [serverEntry, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, GLOSS_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (!exited(child)) child.kill('SIGTERM');
    await waitForExit(child, graceMs);
  };

  return new Promise<RunningServer>((resolveStart, rejectStart) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      void stop(1_000).then(() =>
        rejectStart(
          new Error(`${why}\n--- server stdout ---\n${stdout}\n--- server stderr ---\n${stderr}`),
        ),
      );
    };
    const timer = setTimeout(
      () => fail(`The Gloss server did not print its URL within ${timeoutMs} ms.`),
      timeoutMs,
    );
    child.once('error', (error) => fail(`The Gloss server could not start: ${error.message}`));
    child.once('exit', (code, signal) =>
      fail(`The Gloss server exited early (code ${code}, signal ${signal}).`),
    );
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = readyLine.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolveStart({ url: match[1], child, stderr: () => stderr, stop });
    });
  });
};
