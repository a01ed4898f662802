import { useCallback, useMemo, useState } from 'react';

/** An open note editor: the text it started from and what the user has typed since. */
export interface NoteDraftState {
  original: string;
  body: string;
}

/** Which editor a draft belongs to: a highlight's note, a document note, or a new document note. */
export type DraftKey = `highlight:${string}` | `document:${string}` | 'document:new';

export const highlightKey = (highlightId: string): DraftKey => `highlight:${highlightId}`;
export const documentKey = (noteId?: string): DraftKey =>
  noteId === undefined ? 'document:new' : `document:${noteId}`;

export const isDirty = (draft: NoteDraftState | undefined): boolean =>
  draft !== undefined && draft.body !== draft.original;

export interface NoteDrafts {
  drafts: Partial<Record<DraftKey, NoteDraftState>>;
  /** Opens an editor on `original`; an editor already open keeps its draft. */
  open: (key: DraftKey, original: string) => void;
  change: (key: DraftKey, body: string) => void;
  close: (key: DraftKey) => void;
  /** Closes every editor holding no change, except `keep`: unsaved drafts are never dropped. */
  closeUnchanged: (keep: DraftKey | null) => void;
}

/**
 * The Notes panel's open editors. They live above the list items, so a draft survives the item
 * being collapsed, filtered out or scrolled away, and switching tabs.
 */
export const useNoteDrafts = (): NoteDrafts => {
  const [drafts, setDrafts] = useState<Partial<Record<DraftKey, NoteDraftState>>>({});

  const open = useCallback((key: DraftKey, original: string) => {
    setDrafts((all) => (all[key] ? all : { ...all, [key]: { original, body: original } }));
  }, []);

  const change = useCallback((key: DraftKey, body: string) => {
    setDrafts((all) => {
      const draft = all[key];
      return draft ? { ...all, [key]: { ...draft, body } } : all;
    });
  }, []);

  const close = useCallback((key: DraftKey) => {
    setDrafts((all) =>
      all[key] ? Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)) : all,
    );
  }, []);

  const closeUnchanged = useCallback((keep: DraftKey | null) => {
    setDrafts((all) => {
      const entries = Object.entries(all) as [DraftKey, NoteDraftState][];
      const kept = entries.filter(([key, draft]) => key === keep || isDirty(draft));
      return kept.length === entries.length ? all : Object.fromEntries(kept);
    });
  }, []);

  return useMemo(
    () => ({ drafts, open, change, close, closeUnchanged }),
    [drafts, open, change, close, closeUnchanged],
  );
};
