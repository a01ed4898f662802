import { useLayoutEffect, useMemo, useRef } from 'react';
import type { AnnotationsApi, NoteTarget } from '../annotations/types';
import type { DraftKey } from './useNoteDrafts';
import type { NoteEditing } from './useNoteEditing';

/** What a list item may do; the same object for the panel's whole life. */
export interface ItemActions {
  select(id: string, reveal?: 'reader' | 'notes'): void;
  remove(id: string): Promise<boolean>;
  editNote(target: NoteTarget): void;
  change(key: DraftKey, body: string): void;
  save(key: DraftKey): Promise<string | null>;
  close(key: DraftKey): void;
}

/**
 * Stable actions that always reach the latest store and editors. With them the panel's items
 * can be memoised: a new highlight then re-renders one item, not all 2,000 of a long document.
 */
export const useItemActions = (annotations: AnnotationsApi, editing: NoteEditing): ItemActions => {
  const latest = useRef({ annotations, editing });
  useLayoutEffect(() => {
    latest.current = { annotations, editing };
  });
  return useMemo(
    () => ({
      select: (id, reveal) => latest.current.annotations.select(id, reveal),
      remove: (id) => latest.current.annotations.remove(id),
      editNote: (target) => latest.current.annotations.editNote(target),
      change: (key, body) => latest.current.editing.change(key, body),
      save: (key) => latest.current.editing.save(key),
      close: (key) => latest.current.editing.close(key),
    }),
    [],
  );
};
