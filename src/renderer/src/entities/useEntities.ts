import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../../shared/model';
import { documentText } from '../reader/documentText';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { call, errorMessage } from '../api';
import {
  addEntityFromSelection,
  hideEntity,
  linkNote,
  mergeEntity,
  renameEntity,
  retypeEntity,
  splitAlias,
  unlinkNote,
  type CorrectionOutcome,
} from './corrections';
import type { EntitiesApi } from './types';
import { useEntityCard } from './useEntityCard';
import { useExtraction } from './useExtraction';
import { useNoteLinks } from './useNoteLinks';

const noBlocks: readonly Block[] = [];

/**
 * Owns the open document's entities (EntitiesProvider is keyed by the document, so switching
 * documents starts afresh). `blocks` changes identity when the text is replaced: the entities
 * are then asked for again, and the core extracts the new version.
 */
export const useEntities = (
  documentId: string | null,
  blocks: readonly Block[] | null,
): EntitiesApi => {
  // Asked once the text has arrived (and is drawn): the core starts a long document's
  // extraction on this call, which would otherwise compete with sending the text itself.
  const extraction = useExtraction(blocks === null ? null : documentId);
  const annotations = useAnnotationsContext();
  const { links, reload: reloadLinks } = useNoteLinks(documentId, annotations.notes);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [currentIndex, setCurrentIndex] = useState(0);
  const [navSerial, setNavSerial] = useState(0);
  const [showRequest, setShowRequest] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { card, reload: reloadCard } = useEntityCard(selectedId, setSelectedId);

  // Joined in a render after the text is on screen: a book's is megabytes, and nothing needs it
  // before its entities, which are asked for once the text has arrived.
  const textBlocks = useDeferredValue(blocks);
  const text = useMemo(() => documentText(textBlocks ?? noBlocks), [textBlocks]);

  // A new version of the text (blocks replaced while the document stays open) is extracted anew.
  const shownBlocks = useRef(blocks);
  const { reload: reloadEntities } = extraction;
  useEffect(() => {
    const previous = shownBlocks.current;
    shownBlocks.current = blocks;
    if (previous !== null && blocks !== null && previous !== blocks) void reloadEntities();
  }, [blocks, reloadEntities]);

  // The card lists linked notes; they follow the notes being written and deleted.
  const { notes } = annotations;
  const cardNotes = useRef(notes);
  useEffect(() => {
    if (cardNotes.current === notes) return;
    cardNotes.current = notes;
    void reloadCard();
  }, [notes, reloadCard]);

  const data = extraction.data;
  // Automatic links come from the mentions: the links read when the document opened may predate
  // its extraction (a worker's, while the core answers), so they are read again once it lands.
  useEffect(() => {
    if (data) void reloadLinks();
  }, [data, reloadLinks]);
  const entities = useMemo(() => data?.entities ?? [], [data]);
  const entityById = useMemo(() => new Map(entities.map((item) => [item.id, item])), [entities]);
  const selectedMentions = useMemo(
    () => (data?.mentions ?? []).filter((mention) => mention.entityId === selectedId),
    [data, selectedId],
  );

  const goToMention = useCallback((index: number) => {
    setCurrentIndex(index);
    setNavSerial((serial) => serial + 1);
  }, []);

  const select = useCallback((id: string | null, show?: boolean) => {
    setSelectedId(id);
    setCurrentIndex(0);
    setMessage(null);
    if (id !== null) setNavSerial((serial) => serial + 1);
    if (show) setShowRequest((serial) => serial + 1);
  }, []);

  /** Runs a correction, then fetches what it changed; the message says what happened. */
  const correct = useCallback(
    async (command: () => Promise<CorrectionOutcome>): Promise<boolean> => {
      let outcome: CorrectionOutcome;
      try {
        outcome = await command();
      } catch (failure) {
        setActionError(errorMessage(failure));
        setMessage(null);
        return false;
      }
      setActionError(null);
      await Promise.all([reloadEntities(), reloadLinks()]);
      if (outcome.select !== undefined) {
        setSelectedId(outcome.select);
        setCurrentIndex(0);
      }
      await reloadCard();
      setMessage(outcome.message);
      return true;
    },
    [reloadCard, reloadEntities, reloadLinks],
  );

  const api: EntitiesApi = {
    status: extraction.status,
    progress: extraction.progress,
    error: actionError ?? extraction.error,
    message,
    entities,
    entityById,
    selectedId,
    select,
    showRequest,
    selectedMentions,
    currentIndex: Math.min(currentIndex, Math.max(0, selectedMentions.length - 1)),
    goToMention,
    navSerial,
    card,
    links,
    text,
    rename: (entityId, canonical) => correct(() => renameEntity(call, { entityId, canonical })),
    retype: (entityId, type) => correct(() => retypeEntity(call, { entityId, type })),
    merge: (entityId, intoId) => correct(() => mergeEntity(call, { entityId, intoId })),
    split: (entityId, alias) => correct(() => splitAlias(call, { entityId, alias })),
    hide: (entityId, hidden) => correct(() => hideEntity(call, { entityId, hidden })),
    addFromSelection: (range, type) =>
      correct(() => addEntityFromSelection(call, { documentId: documentId ?? '', range, type })),
    link: (noteId, entityId) => correct(() => linkNote(call, { noteId, entityId })),
    unlink: (noteId, entityId) => correct(() => unlinkNote(call, { noteId, entityId })),
  };
  return api;
};
