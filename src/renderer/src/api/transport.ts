import { pageSecretHeader } from '../../../shared/bridge';
import type { MethodName } from '../../../shared/contract';
import { ApiError } from './ApiError';
import { pageSecret } from './pageSecret';

const unreachable = () =>
  new ApiError(
    'unreachable',
    "Gloss's local server is not reachable. It may have been closed; start Gloss again and reopen this window.",
  );

const sessionExpired = () =>
  new ApiError('session_expired', "This window's session has expired; reopen Gloss.");

const overHttp = async (method: MethodName, input: unknown): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [pageSecretHeader]: pageSecret() ?? '' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    throw unreachable();
  }
  if (response.status === 401 || response.status === 403) throw sessionExpired();
  try {
    // Any status may carry a Result (e.g. 400 for bad input); the caller checks its shape.
    return await response.json();
  } catch {
    throw new ApiError(
      'bad_response',
      `Gloss's local server gave an unreadable answer (HTTP ${response.status}).`,
    );
  }
};

/**
 * Sends one method call over whichever transport this window has and returns the raw Result,
 * still unchecked: the Electron preload bridge when present, else HTTP to the browser-mode server.
 */
export const send = async (method: MethodName, input: unknown): Promise<unknown> => {
  const bridge = window.gloss;
  if (!bridge) return overHttp(method, input);
  const invoke = bridge[method] as (input: unknown) => Promise<unknown>;
  try {
    return await invoke(input);
  } catch {
    // The main process answers every call with a Result; a rejection means it did not answer.
    throw new ApiError(
      'unreachable',
      'Gloss did not answer this window; restart Gloss and try again.',
    );
  }
};
