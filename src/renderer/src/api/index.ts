export { call } from './client';
export { ApiError, errorMessage, type ApiErrorCode } from './ApiError';
