import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPendingChannel, type PendingChannel, type PendingList } from './pendingChannel';
import type { AnnotationsApi } from './types';
import { useAnnotations } from './useAnnotations';

const AnnotationsContext = createContext<AnnotationsApi | null>(null);
const PendingContext = createContext<PendingChannel>(createPendingChannel());

interface AnnotationsProviderProps {
  documentId: string | null;
  children: ReactNode;
}

/**
 * Gives the reader and the Notes panel the same annotations of the open document. Render it
 * with `key={documentId}` so that each document gets fresh state and its own undo history.
 */
export function AnnotationsProvider({ documentId, children }: AnnotationsProviderProps) {
  const [channel] = useState(createPendingChannel);
  const api = useAnnotations(documentId, channel);
  return (
    <AnnotationsContext.Provider value={api}>
      <PendingContext.Provider value={channel}>{children}</PendingContext.Provider>
    </AnnotationsContext.Provider>
  );
}

export const useAnnotationsContext = (): AnnotationsApi => {
  const value = useContext(AnnotationsContext);
  if (!value) throw new Error('useAnnotationsContext needs an AnnotationsProvider above it.');
  return value;
};

/**
 * Highlights drawn while the core saves them (see pending.ts), held by the reader that calls
 * this (see pendingChannel.ts); only the reader needs them.
 */
export const usePendingHighlights = (): PendingList => {
  const channel = useContext(PendingContext);
  const [pending, setPending] = useState<PendingList>([]);
  useLayoutEffect(() => {
    channel.attach(setPending);
    return () => channel.attach(null);
  }, [channel]);
  return pending;
};
