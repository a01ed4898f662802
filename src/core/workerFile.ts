import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
  return {
    file,
    /** From the sources the worker needs tsx to load TypeScript. */
    execArgv: fromSource ? ['--import', 'tsx'] : [],
    usable: (): boolean => {
      if (fromSource) return true;
      const main = createRequire(moduleUrl).main?.filename;
      return file !== process.argv[1] && file !== main;
    },
  };
};
