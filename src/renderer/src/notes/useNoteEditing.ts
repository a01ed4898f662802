import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationsApi, NoteTarget } from '../annotations/types';
import {
  documentKey,
  highlightKey,
  useNoteDrafts,
  type DraftKey,
  type NoteDraftState,
} from './useNoteDrafts';

/** How long "Saved" stays beside a note after the core confirmed it. */
const savedFlashMs = 2500;

export interface NoteEditing {
  draftOf(key: DraftKey): NoteDraftState | undefined;
  /** Changes each time the editor under `key` should take focus. */
  focusSignal(key: DraftKey): number;
  /** True for a moment after the note under `key` was saved. */
  justSaved(key: DraftKey): boolean;
  change(key: DraftKey, body: string): void;
  close(key: DraftKey): void;
  /** Saves, or deletes the note when its body is now empty; resolves to an error or null. */
  save(key: DraftKey): Promise<string | null>;
}

const keyOf = (target: NoteTarget): DraftKey =>
  target.kind === 'highlight' ? highlightKey(target.highlightId) : documentKey(target.noteId);

const targetsKey = (target: NoteTarget | null, key: DraftKey): boolean =>
  target !== null && keyOf(target) === key;

/**
 * Opens note editors when the store's noteTarget asks (`n`, "Add note", "Edit note") and saves
 * them through the store, so "Saved" appears only once the core has committed the note.
 */
export const useNoteEditing = (annotations: AnnotationsApi): NoteEditing => {
  const { drafts, open, change, close: dropDraft, closeUnchanged } = useNoteDrafts();
  const [focus, setFocus] = useState<{ key: DraftKey; serial: number } | null>(null);
  const [saved, setSaved] = useState<DraftKey | null>(null);
  const { noteTarget, notes, selectedId, editNote, saveNote, removeNote } = annotations;
  const savedTimer = useRef<number | undefined>(undefined);

  const originalOf = useCallback(
    (key: DraftKey): { id?: string; highlightId: string | null; body: string; tags: string[] } => {
      const [kind, id] = key.split(':') as ['highlight' | 'document', string];
      const note =
        kind === 'highlight'
          ? notes.find((item) => item.highlightId === id)
          : notes.find((item) => item.id === id);
      return {
        id: note?.id,
        highlightId: kind === 'highlight' ? id : null,
        body: note?.body ?? '',
        tags: note?.tags ?? [],
      };
    },
    [notes],
  );

  // The store says which editor to open; opening one that is open only moves focus to it.
  // Done while rendering (React's "adjust state on a prop change"), so the editor is there and
  // can take focus in the same commit.
  const [seenTarget, setSeenTarget] = useState(noteTarget);
  if (seenTarget !== noteTarget) {
    setSeenTarget(noteTarget);
    if (noteTarget !== null) {
      const key = keyOf(noteTarget);
      open(key, originalOf(key).body);
      setFocus((last) => ({ key, serial: (last?.serial ?? 0) + 1 }));
    }
  }

  // Moving to another highlight folds away editors left unchanged; drafts stay open.
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (seenSelected !== selectedId) {
    setSeenSelected(selectedId);
    closeUnchanged(selectedId === null ? null : highlightKey(selectedId));
  }

  useEffect(() => () => window.clearTimeout(savedTimer.current), []);

  const close = useCallback(
    (key: DraftKey) => {
      dropDraft(key);
      if (targetsKey(noteTarget, key)) editNote(null);
    },
    [dropDraft, editNote, noteTarget],
  );

  const flashSaved = useCallback((key: DraftKey) => {
    setSaved(key);
    window.clearTimeout(savedTimer.current);
    savedTimer.current = window.setTimeout(() => setSaved(null), savedFlashMs);
  }, []);

  const save = useCallback(
    async (key: DraftKey): Promise<string | null> => {
      const draft = drafts[key];
      if (!draft) return null;
      const original = originalOf(key);
      if (draft.body.trim() === '') {
        // An emptied note is a deleted note; an empty new one was never there.
        if (original.id !== undefined && !(await removeNote(original.id))) {
          return 'The note could not be deleted.';
        }
        close(key);
        return null;
      }
      const note = await saveNote({ ...original, body: draft.body });
      if (!note) return 'The note could not be saved.';
      close(key);
      flashSaved(key === 'document:new' ? documentKey(note.id) : key);
      return null;
    },
    [close, drafts, flashSaved, originalOf, removeNote, saveNote],
  );

  // The same object until an edit changes something, so the Notes list can skip its items.
  return useMemo(
    () => ({
      draftOf: (key) => drafts[key],
      focusSignal: (key) => (focus?.key === key ? focus.serial : 0),
      justSaved: (key) => saved === key,
      change,
      close,
      save,
    }),
    [drafts, focus, saved, change, close, save],
  );
};
