import { afterEach } from 'vitest';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../core/testing';
import { runCli } from './run';

/** What one CLI run printed, line by line, and its exit code. */
export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the CLI on the library in `dataDir` (from `cwd` when given), as the tests' user. */
export const runCliIn = async (
  argv: string[],
  { dataDir, cwd, interrupted }: { dataDir: string; cwd?: string; interrupted?: AbortSignal },
): Promise<CliRun> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { GLOSS_DATA_DIR: dataDir },
    resourcesDir: repoResourcesDir,
    ...(cwd === undefined ? {} : { cwd }),
    ...(interrupted === undefined ? {} : { interrupted }),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out, err };
};

/** A maker of temporary folders, each removed after the test that made it. */
export const useTempDirs = (): (() => string) => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  return () => {
    const dir = makeTempDir();
    cleanups.push(() => removeTempDir(dir));
    return dir;
  };
};
