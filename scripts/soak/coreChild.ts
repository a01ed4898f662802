import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Result } from '../../src/shared/result';

/** The built stdio transport (src/stdio/index.ts): the real core behind the contract. */
export const stdioEntry = path.resolve(__dirname, '../../out/main/stdio.js');

/** A call's fate: answered (the core committed it, or refused it) or lost with the process. */
export type Ack = { acked: true; result: Result<unknown> } | { acked: false };

interface Pending {
  resolve(ack: Ack): void;
}

/**
 * One core process on a data folder, driven line by line through src/stdio. `kill()` ends it
 * with SIGKILL; answers already written to the pipe still count as acknowledged, every other
 * call in flight is reported lost.
 */
export interface CoreChild {
  call(method: string, input: unknown): Promise<Ack>;
  kill(): Promise<void>;
  /** The tail of what the process wrote to stderr, for failure messages. */
  stderr(): string;
}

/**
 * Starts a core on `dataDir`. `ready` settles once it has opened the library (rejecting if it
 * exited first); the core may be killed before that, to kill it while it opens and migrates.
 */
export const launchCore = (dataDir: string): { core: CoreChild; ready: Promise<void> } => {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [stdioEntry], {
    env: { ...process.env, GLOSS_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let errors = '';
  let opened = false;
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString('utf8')).slice(-4000);
  });
  // A write to a killed process's stdin fails with EPIPE; the call is then simply lost.
  child.stdin.on('error', () => undefined);
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  const closed = new Promise<void>((done) => lines.once('close', done));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  lines.on('line', (line) => {
    const message = JSON.parse(line) as { ready?: boolean; error?: string; id?: number };
    if (!opened) {
      if (message.ready) {
        opened = true;
        resolve();
      } else reject(new Error(`The core did not start: ${message.error ?? line}`));
      return;
    }
    const { result } = message as { id: number; result: Result<unknown> };
    pending.get(message.id ?? -1)?.resolve({ acked: true, result });
    pending.delete(message.id ?? -1);
  });
  void closed.then(() => {
    for (const call of pending.values()) call.resolve({ acked: false });
    pending.clear();
    if (!opened) reject(new Error(`The core exited before it was ready. ${errors}`));
  });
  const core: CoreChild = {
    call: (method, input) =>
      new Promise<Ack>((answer) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          answer({ acked: false });
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve: answer });
        child.stdin.write(`${JSON.stringify({ id, method, input })}\n`);
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await Promise.all([exited, closed]);
    },
    stderr: () => errors,
  };
  return { core, ready };
};

export const startCore = async (dataDir: string): Promise<CoreChild> => {
  const { core, ready } = launchCore(dataDir);
  await ready;
  return core;
};
