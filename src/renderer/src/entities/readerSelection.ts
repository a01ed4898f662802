import type { Span } from '../../../shared/span';
import { createContext, useContext } from 'react';

export interface ReaderSelectionState {
  /** The reader's current text selection, trimmed; null when there is none. */
  range: Span | null;
  set: (range: Span | null) => void;
}

/**
 * The reader's text selection, for "Add entity from selection". A context of its own: it
 * changes with every selection, and only that button needs to hear of it, not every consumer
 * of the entities (the Notes panel among them).
 */
export const ReaderSelectionContext = createContext<ReaderSelectionState | null>(null);

export const useReaderSelectionState = (): ReaderSelectionState => {
  const value = useContext(ReaderSelectionContext);
  if (!value) throw new Error('useReaderSelectionState needs an EntitiesProvider above it.');
  return value;
};
