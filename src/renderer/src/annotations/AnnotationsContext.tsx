import { createContext, useContext, type ReactNode } from 'react';
import type { PendingHighlight } from './pending';
import type { AnnotationsApi } from './types';
import { useAnnotations } from './useAnnotations';

const AnnotationsContext = createContext<AnnotationsApi | null>(null);
const PendingContext = createContext<readonly PendingHighlight[]>([]);

interface AnnotationsProviderProps {
  documentId: string | null;
  children: ReactNode;
}

/**
 * Gives the reader and the Notes panel the same annotations of the open document. Render it
 * with `key={documentId}` so that each document gets fresh state and its own undo history.
 */
export function AnnotationsProvider({ documentId, children }: AnnotationsProviderProps) {
  const { api, pending } = useAnnotations(documentId);
  return (
    <AnnotationsContext.Provider value={api}>
      <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
    </AnnotationsContext.Provider>
  );
}

export const useAnnotationsContext = (): AnnotationsApi => {
  const value = useContext(AnnotationsContext);
  if (!value) throw new Error('useAnnotationsContext needs an AnnotationsProvider above it.');
  return value;
};

/** Highlights drawn while the core saves them (see pending.ts); only the reader needs them. */
export const usePendingHighlights = (): readonly PendingHighlight[] => useContext(PendingContext);
