import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entity } from '../../../shared/entities';
import type { Block } from '../../../shared/model';
import { canonicalText } from '../../../shared/text';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { call, errorMessage } from '../api';
import { typeName } from './format';
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
  const extraction = useExtraction(documentId);
  const annotations = useAnnotationsContext();
  const { links, reload: reloadLinks } = useNoteLinks(documentId, annotations.notes);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [currentIndex, setCurrentIndex] = useState(0);
  const [navSerial, setNavSerial] = useState(0);
  const [showRequest, setShowRequest] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const { card, reload: reloadCard } = useEntityCard(selectedId, setSelectedId);

  const text = useMemo(() => canonicalText(blocks ?? noBlocks), [blocks]);

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
    async (
      action: () => Promise<Entity | null>,
      describe: (entity: Entity | null) => string,
      selectAfter?: (entity: Entity | null) => string | null,
    ): Promise<boolean> => {
      let entity: Entity | null;
      try {
        entity = await action();
      } catch (failure) {
        setActionError(errorMessage(failure));
        setMessage(null);
        return false;
      }
      setActionError(null);
      await Promise.all([reloadEntities(), reloadLinks()]);
      if (selectAfter) {
        const next = selectAfter(entity);
        setSelectedId(next);
        setCurrentIndex(0);
      }
      await reloadCard();
      setMessage(describe(entity));
      return true;
    },
    [reloadCard, reloadEntities, reloadLinks],
  );

  const keep = (entity: Entity | null) => entity?.id ?? null;

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
    rename: (id, canonical) =>
      correct(
        () => call('entities.rename', { entityId: id, canonical }),
        (entity) => `Renamed to “${entity?.canonical ?? canonical}”.`,
        keep,
      ),
    retype: (id, type) =>
      correct(
        () => call('entities.retype', { entityId: id, type }),
        (entity) => `Now a ${typeName(entity?.type ?? type).toLowerCase()}.`,
        keep,
      ),
    merge: (id, intoId) =>
      correct(
        () => call('entities.merge', { entityId: id, intoId }),
        (entity) => `Merged into “${entity?.canonical ?? ''}”.`,
        keep,
      ),
    split: (id, alias) =>
      correct(
        () => call('entities.split', { entityId: id, alias }),
        () => `“${alias}” is now an entity of its own.`,
      ),
    hide: (id, hidden) =>
      correct(
        () => call('entities.hide', { entityId: id, hidden }),
        () => (hidden ? 'Hidden: listed under “Hidden”.' : 'Shown again.'),
      ),
    addFromSelection: (range, type) =>
      correct(
        () => call('entities.addFromSelection', { documentId: documentId ?? '', ...range, type }),
        (entity) => `Added “${entity?.canonical ?? ''}” with all its mentions.`,
        keep,
      ),
    link: (noteId, entityId) =>
      correct(
        async () => {
          await call('noteLinks.add', { noteId, entityId });
          return null;
        },
        () => 'Note linked.',
      ),
    unlink: (noteId, entityId) =>
      correct(
        async () => {
          await call('noteLinks.remove', { noteId, entityId });
          return null;
        },
        () => 'Link removed.',
      ),
  };
  return api;
};
