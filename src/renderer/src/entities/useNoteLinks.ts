import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteLink } from '../../../shared/entities';
import { call } from '../api';

/**
 * The entity links of a document's notes. Automatic links follow the highlights and notes, so
 * the list is fetched again whenever `annotationsVersion` (anything that changes them) does.
 * Links are a garnish on the notes: if they cannot be read the notes still show, and the next
 * change tries again.
 */
export const useNoteLinks = (documentId: string | null, annotationsVersion: unknown) => {
  const [links, setLinks] = useState<NoteLink[]>([]);
  const generation = useRef(0);

  const fetchLinks = useCallback(async (id: string) => {
    const mine = ++generation.current;
    try {
      const answer = await call('noteLinks.list', { documentId: id });
      if (mine === generation.current) setLinks(answer);
    } catch {
      // See above: nothing to show.
    }
  }, []);

  useEffect(() => {
    if (documentId === null) return;
    // Started from a callback: state changes only as the answer arrives.
    void Promise.resolve(documentId).then(fetchLinks);
  }, [documentId, annotationsVersion, fetchLinks]);

  const reload = useCallback(async () => {
    if (documentId !== null) await fetchLinks(documentId);
  }, [documentId, fetchLinks]);

  return { links, reload };
};
