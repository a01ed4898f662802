import type { z } from 'zod';
import {
  isMethodName,
  methods,
  type CallContext,
  type Handlers,
  type MethodName,
} from '../shared/contract';
import { GlossError, fail, ok, type Result } from '../shared/result';

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');

type AnyHandler = (input: unknown, call: CallContext) => unknown;

/**
 * The single entry point every transport uses: checks the method name, validates the input
 * against the contract, runs the handler and wraps the outcome in a Result. Expected failures
 * keep their code and message; anything else is logged here and reported without a stack.
 * `call.signal` (the transport's) stops long work whose caller has gone away.
 */
export const dispatch = async (
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  call: CallContext = {},
): Promise<Result<unknown>> => {
  if (!isMethodName(method)) return fail('unknown_method', `Unknown method "${method}".`);
  const parsed = methods[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
  try {
    const handler = handlers[method as MethodName] as AnyHandler;
    return ok(await handler(parsed.data, call));
  } catch (error) {
    if (error instanceof GlossError) return fail(error.code, error.message);
    console.error(`gloss: ${method} failed`, error);
    return fail('internal', 'Something went wrong inside Gloss; the action was not completed.');
  }
};
