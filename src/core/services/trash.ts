import type { Store } from '../db/store';
import { GlossError } from '../../shared/result';
import type { TrashedDocument, DocumentSummary } from '../../shared/model';

// SCAFFOLD (helper "library" replaces this file).
export const createTrashService = (store: Store) => {
  void store;
  const todo = (): never => {
    throw new GlossError('internal', 'Not built yet.');
  };
  return {
    list: (): TrashedDocument[] => todo(),
    restore: (id: string): DocumentSummary => todo() ?? id,
    empty: (ids?: readonly string[]): { removed: number } => todo() ?? ids,
  };
};
