import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { call } from './client';

/*
 * Calls the first screen needs, sent as the page starts (startup.ts), before React and the rest
 * of the bundle have been evaluated and rendered: the core answers while the renderer is busy
 * starting, instead of after. Each answer is taken once by the part that asked for it at start;
 * any later call (a refresh, a reload's second mount) goes to the core afresh.
 */

const started = new Map<string, Promise<unknown>>();

const keyOf = (method: MethodName, input: unknown): string => `${method} ${JSON.stringify(input)}`;

/**
 * Sends `method` now; its answer waits for takeEarlyOrCall. Answers it too, for a part that
 * draws from it before the app takes it (reader/firstScreen.ts).
 */
export const callEarly = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const answer = call(method, input);
  // Whoever takes it sees a failure; left untaken, it must not be reported as unhandled.
  answer.catch(() => undefined);
  started.set(keyOf(method, input), answer);
  return answer;
};

/** The answer of the same call sent at start if nobody took it yet, else a new call. */
export const takeEarlyOrCall = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const key = keyOf(method, input);
  const answer = started.get(key);
  if (answer === undefined) return call(method, input);
  started.delete(key);
  return answer as Promise<MethodOutput<M>>;
};
