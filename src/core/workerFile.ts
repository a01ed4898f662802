import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** How a job's messages end it: each message may resolve or reject the job's promise. */
export interface WorkerOutcome<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * How a module runs itself in a worker thread (entities/worker.ts, import/worker.ts): the worker
 * loads the file the module was bundled into, named by `import.meta.url`, and the module starts
 * its job when it sees its marker in `workerData`. That holds in the built app, where
 * electron-vite puts the core in a chunk shared by the entries (out/main/chunks/*.js, with no
 * start-up side effects), and from the sources (vitest, tsx), where the worker loads the .ts
 * file through tsx. Code bundled into an entry file itself (out/main/cli.js) cannot be loaded
 * again without starting that program: `usable()` is false there and the caller runs the job in
 * its own thread.
 */
export const workerFile = (moduleUrl: string) => {
  const file = fileURLToPath(moduleUrl);
  const fromSource = /\.[cm]?ts$/u.test(file);
  // From the sources the worker needs tsx to load TypeScript.
  const execArgv = fromSource ? ['--import', 'tsx'] : [];
  return {
    /**
     * Runs `job` (carrying the module's marker) in a worker on this file. `onMessage` sees each
     * message and settles the promise; the worker is stopped once it is settled. A crash or an
     * early exit of the worker rejects, naming `what` ran.
     */
    run: <T, M>(
      job: object,
      what: string,
      onMessage: (message: M, outcome: WorkerOutcome<T>) => void,
    ): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const worker = new Worker(file, { workerData: job, execArgv });
        let settled = false;
        const finish = (outcome: () => void): void => {
          if (settled) return;
          settled = true;
          outcome();
          void worker.terminate();
        };
        const outcome: WorkerOutcome<T> = {
          resolve: (value) => finish(() => resolve(value)),
          reject: (error) => finish(() => reject(error)),
        };
        worker.on('message', (message: M) => onMessage(message, outcome));
        worker.on('error', (error) => outcome.reject(error));
        worker.on('exit', (code) =>
          outcome.reject(new Error(`The ${what} stopped unexpectedly (exit code ${code}).`)),
        );
      }),
    /** A worker on this file, for callers that manage its life themselves (bounded jobs). */
    spawn: (data: object, options: Pick<WorkerOptions, 'resourceLimits'> = {}): Worker =>
      new Worker(file, { ...options, workerData: data, execArgv }),
    usable: (): boolean => {
      if (fromSource) return true;
      const main = createRequire(moduleUrl).main?.filename;
      return file !== process.argv[1] && file !== main;
    },
  };
};
