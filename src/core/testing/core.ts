import { afterEach, beforeEach } from 'vitest';
import { methods, type MethodName, type MethodOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { dispatch } from '../dispatch';
import { openCore, type Core } from '../index';
import { makeTempDir, removeTempDir, repoResourcesDir } from './tempDir';

/**
 * The real core on a fresh data folder for each test, its methods called through dispatch as
 * the renderer calls them, outputs checked against the contract.
 */
export const useTestCore = () => {
  let dir = '';
  let core: Core | undefined;
  beforeEach(async () => {
    dir = makeTempDir();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  });
  afterEach(() => {
    core?.close();
    removeTempDir(dir);
  });
  const opened = (): Core => {
    if (!core) throw new Error('the test core is not open');
    return core;
  };
  /** The raw answer, for tests of refusals. */
  const send = (method: MethodName, input: unknown): Promise<Result<unknown>> =>
    dispatch(opened().handlers, method, input);
  const call = async <M extends MethodName>(
    method: M,
    input: unknown,
  ): Promise<MethodOutput<M>> => {
    const result = await send(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return methods[method].output.parse(result.value) as MethodOutput<M>;
  };
  /** Closes the core and opens it again on the same data, as a restart of the app. */
  const reopen = async (): Promise<void> => {
    opened().close();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  };
  return { call, send, reopen, dataDir: () => dir };
};
