import type { Core } from '../core';
import { dispatch } from '../core/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../shared/contract';
import { GlossError } from '../shared/result';

/** Calls a contract method through the same dispatch the app's transports use. */
export const call = async <M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new GlossError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
};
