import { GlossError } from '../../shared/result';

export const entityNotFound = (id: string): GlossError =>
  new GlossError(
    'not_found',
    `There is no entity with id "${id}"; the document it came from may have been deleted.`,
  );
