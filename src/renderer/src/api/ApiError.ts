import type { ErrorCode } from '../../../shared/result';

/** Contract error codes plus the failures that happen before a Result arrives. */
export type ApiErrorCode = ErrorCode | 'unreachable' | 'session_expired' | 'bad_response';

/** What every failed API call throws: a code to branch on and a message fit to show the user. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** The message to show for anything a call may throw; never a stack trace. */
export const errorMessage = (error: unknown): string =>
  error instanceof ApiError
    ? error.message
    : 'Something went wrong in this window; the action was not completed.';
