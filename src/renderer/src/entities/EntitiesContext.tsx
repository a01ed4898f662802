import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Span } from '../../../shared/span';
import type { Block } from '../../../shared/model';
import { ReaderSelectionContext } from './readerSelection';
import type { EntitiesApi } from './types';
import { useEntities } from './useEntities';

const EntitiesContext = createContext<EntitiesApi | null>(null);

interface EntitiesProviderProps {
  documentId: string | null;
  /** The open document's blocks once loaded; a new array means a new version of the text. */
  blocks: readonly Block[] | null;
  children: ReactNode;
}

/**
 * Gives the reader, the Entities tab and the Notes panel the same entities of the open
 * document. Render it inside the AnnotationsProvider (links follow the notes) and with
 * `key={documentId}`, so each document starts with nothing selected.
 */
export function EntitiesProvider({ documentId, blocks, children }: EntitiesProviderProps) {
  const value = useEntities(documentId, blocks);
  const [range, setRange] = useState<Span | null>(null);
  const selection = useMemo(() => ({ range, set: setRange }), [range]);
  return (
    <EntitiesContext.Provider value={value}>
      <ReaderSelectionContext.Provider value={selection}>
        {children}
      </ReaderSelectionContext.Provider>
    </EntitiesContext.Provider>
  );
}

export const useEntitiesContext = (): EntitiesApi => {
  const value = useContext(EntitiesContext);
  if (!value) throw new Error('useEntitiesContext needs an EntitiesProvider above it.');
  return value;
};
