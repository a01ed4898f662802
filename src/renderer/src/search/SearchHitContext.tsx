import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SearchHit } from '../../../shared/search';

/** A chosen result, for the reader to mark; `serial` tells a new choice of the same hit. */
export interface ChosenHit {
  documentId: string;
  hit: SearchHit;
  serial: number;
}

interface SearchHitState {
  chosen: ChosenHit | null;
  choose(documentId: string, hit: SearchHit): void;
  clear(): void;
}

const SearchHitContext = createContext<SearchHitState | null>(null);

interface SearchHitProviderProps {
  /** The document open in the reader: opening another one drops the chosen hit. */
  openDocumentId: string | null;
  children: ReactNode;
}

/** Carries the chosen search result from the search box (top bar) to the reader. */
export function SearchHitProvider({ openDocumentId, children }: SearchHitProviderProps) {
  const [chosen, setChosen] = useState<ChosenHit | null>(null);
  const [seenOpenId, setSeenOpenId] = useState(openDocumentId);
  if (seenOpenId !== openDocumentId) {
    setSeenOpenId(openDocumentId);
    if (chosen !== null && chosen.documentId !== openDocumentId) setChosen(null);
  }
  const choose = useCallback((documentId: string, hit: SearchHit) => {
    setChosen((last) => ({ documentId, hit, serial: (last?.serial ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => setChosen(null), []);
  const value = useMemo(() => ({ chosen, choose, clear }), [chosen, choose, clear]);
  return <SearchHitContext.Provider value={value}>{children}</SearchHitContext.Provider>;
}

export const useSearchHit = (): SearchHitState => {
  const state = useContext(SearchHitContext);
  if (!state) throw new Error('useSearchHit needs a SearchHitProvider');
  return state;
};
