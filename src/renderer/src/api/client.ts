import { z } from 'zod';
import {
  methods,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../../shared/contract';
import { errorCodes } from '../../../shared/result';
import { ApiError } from './ApiError';
import { parseSummaryList } from './summaryList';
import { send } from './transport';

const resultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);

const badResponse = (method: MethodName) =>
  new ApiError('bad_response', `Gloss gave an unexpected answer to ${method}; try again.`);

/**
 * Calls one contract method and returns its checked output. Throws ApiError with the core's code
 * and message when the method fails, or with a transport code when no valid answer arrives.
 */
export const call = async <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> => {
  const result = resultSchema.safeParse(await send(method, input));
  if (!result.success) throw badResponse(method);
  if (!result.data.ok) throw new ApiError(result.data.error.code, result.data.error.message);
  const { value } = result.data;
  // The library list can hold 10,000 documents: checked by hand, to the same schema.
  if (method === 'library.list') {
    const summaries = parseSummaryList(value);
    if (!summaries) throw badResponse(method);
    return summaries as MethodOutput<M>;
  }
  const output = methods[method].output.safeParse(value);
  if (!output.success) throw badResponse(method);
  return output.data as MethodOutput<M>;
};
