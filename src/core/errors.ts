import { GlossError } from '../shared/result';
import type { Store } from './db/store';

export const documentNotFound = (id: string): GlossError =>
  new GlossError(
    'not_found',
    `There is no document with id "${id}" in the library; it may have been deleted.`,
  );

export const documentInTrash = (title: string): GlossError =>
  new GlossError('not_found', `“${title}” is in the Trash; restore it to use it again.`);

/** Why a document the library does not hold is missing: in the Trash, or not there at all. */
export const missingDocument = (store: Pick<Store, 'trash'>, id: string): GlossError => {
  const title = store.trash.titleOf(id);
  return title === undefined ? documentNotFound(id) : documentInTrash(title);
};

export const highlightNotFound = (id: string): GlossError =>
  new GlossError('not_found', `There is no highlight with id "${id}"; it may have been deleted.`);

export const noteNotFound = (id: string): GlossError =>
  new GlossError('not_found', `There is no note with id "${id}"; it may have been deleted.`);

export const invalidInput = (message: string): GlossError =>
  new GlossError('invalid_input', message);
