import { dispatch } from '../dispatch';
import path from 'node:path';
import { formatBibliography, registerStyles } from './citationJs';
import { openCore, type Core } from '../index';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { GlossErrorInfo } from '../../shared/result';

/** A core on a temp dir, called through dispatch as every transport does. */
export interface CitationsCore {
  core: Core;
  /** The method's value; fails the test when it answers an error. */
  call: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
  /** The error the method answers; fails the test when it succeeds. */
  refusal: <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<GlossErrorInfo>;
  /** Imports a file as the Import button does. */
  importFile: (name: string, text: string) => Promise<string>;
  close: () => void;
}

export const openCitationsCore = async (): Promise<CitationsCore> => {
  const dir = makeTempDir();
  const core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await dispatch(core.handlers, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as MethodOutput<M>;
  };
  const refusal = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await dispatch(core.handlers, method, input);
    if (result.ok) throw new Error(`${method} succeeded`);
    return result.error;
  };
  return {
    core,
    call,
    refusal,
    importFile: async (name, text) =>
      (await call('documents.importFile', { name, data: Buffer.from(text).toString('base64') })).id,
    close: () => {
      core.close();
      removeTempDir(dir);
    },
  };
};

/**
 * Registers the shipped styles (as openCore does) and loads citeproc and the APA style, which
 * takes seconds the first time (call in beforeAll).
 */
export const warmUpCiteproc = (): void => {
  registerStyles(path.join(repoResourcesDir, 'csl'));
  formatBibliography([{ id: 'warm', type: 'book', title: 'Warm' }], 'apa');
};
