/** The closed set of error codes any Gloss method can answer with. */
export const errorCodes = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'empty_document',
  'too_large',
  /** Input whose structure (nesting, markup, time or memory to read it) passes Gloss's limits. */
  'too_complex',
  /** The target is a file Gloss did not write: replacing it needs the caller's explicit say-so. */
  'would_overwrite',
  /** The caller went away (a closed request or window) and the work was stopped. */
  'cancelled',
  'unsupported_file',
  'database_newer',
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface GlossErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: GlossErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Thrown inside the core for expected failures; transports turn it into a failed Result. */
export class GlossError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'GlossError';
    this.code = code;
  }
}
