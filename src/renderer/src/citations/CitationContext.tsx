import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DocumentReference } from '../../../shared/citations/reference';
import { call, errorMessage } from '../api';

interface CitationValue {
  /** The open document's reference; null while loading or when it could not be read. */
  current: DocumentReference | null;
  /** Why it could not be read, if it could not. */
  problem: string | null;
  /** Shows a reference the core answered (after a save or a paste). */
  accept(reference: DocumentReference): void;
}

const CitationContext = createContext<CitationValue>({
  current: null,
  problem: null,
  accept: () => undefined,
});

/** The open document's reference, shared by the Details tab (edits it) and Notes (cites it). */
export function CitationProvider({
  documentId,
  children,
}: {
  documentId: string;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{
    id: string;
    value: DocumentReference | null;
    problem: string | null;
  }>({
    id: '',
    value: null,
    problem: null,
  });
  useEffect(() => {
    let live = true;
    call('references.get', { documentId })
      .then((value) => live && setLoaded({ id: documentId, value, problem: null }))
      .catch(
        (error: unknown) =>
          live && setLoaded({ id: documentId, value: null, problem: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [documentId]);
  const accept = useCallback(
    (value: DocumentReference) => setLoaded({ id: value.documentId, value, problem: null }),
    [],
  );
  const current = loaded.id === documentId ? loaded.value : null;
  const problem = loaded.id === documentId ? loaded.problem : null;
  // A new value re-renders every consumer: each of the Notes panel's items cites through it,
  // 2,000 in a long document, so it changes only with the reference.
  const value = useMemo(() => ({ current, problem, accept }), [current, problem, accept]);
  return <CitationContext.Provider value={value}>{children}</CitationContext.Provider>;
}

export const useCitation = (): CitationValue => useContext(CitationContext);
