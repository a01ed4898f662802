import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { errorCodes, type ErrorCode } from '../../../shared/result';
import { ApiError } from './ApiError';
import { send } from './transport';

/*
 * The renderer checks the envelope of every answer (a Result with a known error code), not the
 * shape of each method's output. The answers come from this build's own core, whose handlers are
 * typed by the same contract (a handler cannot compile returning another shape), and the core
 * validates every input it is sent, which is the boundary that guards the data. Checking outputs
 * again here cost the first screen the whole zod stack and every schema of the contract (about a
 * fifth of the renderer's start-up CPU), and every large answer a second walk.
 */

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

type Envelope = { ok: true; value: unknown } | { ok: false; code: ErrorCode; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Result inside an answer, or null when the answer is not one. */
export const readEnvelope = (answer: unknown): Envelope | null => {
  if (!isRecord(answer)) return null;
  // JSON leaves out an undefined value: a method that answers nothing comes as `{ ok: true }`.
  if (answer.ok === true) return { ok: true, value: answer.value };
  if (answer.ok !== false || !isRecord(answer.error)) return null;
  const { code, message } = answer.error;
  if (typeof code !== 'string' || !knownCodes.has(code) || typeof message !== 'string') return null;
  return { ok: false, code: code as ErrorCode, message };
};

/**
 * Calls one contract method and returns its output. Throws ApiError with the core's code and
 * message when the method fails, or with a transport code when no valid answer arrives.
 */
export const call = async <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const envelope = readEnvelope(await send(method, input));
  if (envelope === null) {
    throw new ApiError('bad_response', `Gloss gave an unexpected answer to ${method}; try again.`);
  }
  if (!envelope.ok) throw new ApiError(envelope.code, envelope.message);
  return envelope.value as MethodOutput<M>;
};
