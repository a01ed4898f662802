import { useEffect } from 'react';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { useEntitiesContext } from '../entities/EntitiesContext';
import type { DocumentCounts } from './useLibrary';

interface LibraryCountsSyncProps {
  documentId: string | null;
  onCounts(id: string, counts: Partial<DocumentCounts>): void;
}

/**
 * Keeps the open document's counts in the library in step with what the reader and panels
 * hold, so a new highlight shows in the list at once without asking the core again.
 */
export function LibraryCountsSync({ documentId, onCounts }: LibraryCountsSyncProps) {
  const annotations = useAnnotationsContext();
  const entities = useEntitiesContext();
  const annotationsReady = annotations.status === 'ready';
  const highlightCount = annotations.highlights.length;
  const noteCount = annotations.notes.length;
  const entitiesReady = entities.status === 'ready';
  const entityCount = entities.entities.filter((entity) => !entity.hidden).length;

  useEffect(() => {
    if (documentId !== null && annotationsReady) {
      onCounts(documentId, { highlightCount, noteCount });
    }
  }, [documentId, annotationsReady, highlightCount, noteCount, onCounts]);

  useEffect(() => {
    if (documentId !== null && entitiesReady) onCounts(documentId, { entityCount });
  }, [documentId, entitiesReady, entityCount, onCounts]);

  return null;
}
