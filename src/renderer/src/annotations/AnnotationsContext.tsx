import { createContext, useContext, type ReactNode } from 'react';
import type { AnnotationsApi } from './types';
import { useAnnotations } from './useAnnotations';

const AnnotationsContext = createContext<AnnotationsApi | null>(null);

interface AnnotationsProviderProps {
  documentId: string | null;
  children: ReactNode;
}

/**
 * Gives the reader and the Notes panel the same annotations of the open document. Render it
 * with `key={documentId}` so that each document gets fresh state and its own undo history.
 */
export function AnnotationsProvider({ documentId, children }: AnnotationsProviderProps) {
  const value = useAnnotations(documentId);
  return <AnnotationsContext.Provider value={value}>{children}</AnnotationsContext.Provider>;
}

export const useAnnotationsContext = (): AnnotationsApi => {
  const value = useContext(AnnotationsContext);
  if (!value) throw new Error('useAnnotationsContext needs an AnnotationsProvider above it.');
  return value;
};
