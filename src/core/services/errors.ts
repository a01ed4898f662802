import { GlossError } from '../../shared/result';

export const documentNotFound = (id: string): GlossError =>
  new GlossError(
    'not_found',
    `There is no document with id "${id}" in the library; it may have been deleted.`,
  );

export const highlightNotFound = (id: string): GlossError =>
  new GlossError('not_found', `There is no highlight with id "${id}"; it may have been deleted.`);

export const noteNotFound = (id: string): GlossError =>
  new GlossError('not_found', `There is no note with id "${id}"; it may have been deleted.`);

export const invalidInput = (message: string): GlossError =>
  new GlossError('invalid_input', message);
