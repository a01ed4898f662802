import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Highlight, HighlightColor, Note } from '../../../shared/annotations';
import { ApiError, call, errorMessage } from '../api';
import { withHighlight } from './order';
import { pendingHighlight, type PendingHighlight } from './pending';
import type { AnnotationsApi, NoteDraft, NoteTarget, TextRange } from './types';
import {
  afterRedo,
  afterUndo,
  emptyUndoState,
  pushAction,
  type UndoableAction,
  type UndoState,
} from './undoStack';

type Reveal = AnnotationsApi['revealRequest'];

/** run() resolves to null exactly when the step failed. */
const committed = (value: unknown): boolean => value !== null;

const withNote = (list: readonly Note[], note: Note): Note[] => [
  ...list.filter((item) => item.id !== note.id),
  note,
];

/**
 * Owns the open document's annotations. Mount it once per document (AnnotationsProvider is
 * keyed by the document id), so switching documents starts from a clean state and history. Every action calls the core first and changes the
 * state only once the core has answered, so nothing is shown as saved before it is.
 */
export const useAnnotations = (
  documentId: string | null,
): { api: AnnotationsApi; pending: readonly PendingHighlight[] } => {
  const [status, setStatus] = useState<AnnotationsApi['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [pending, setPending] = useState<readonly PendingHighlight[]>([]);
  const [notes, setNotes] = useState<Note[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState<Reveal>(null);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [noteTarget, setNoteTarget] = useState<NoteTarget | null>(null);
  const [reattachingId, setReattaching] = useState<string | null>(null);
  const [history, setHistory] = useState<UndoState>(emptyUndoState);
  // Actions run one after another, so an undo never overtakes the action it undoes.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const load = useCallback(async (id: string) => {
    const loaded = await call('annotations.list', { documentId: id });
    setHighlights(loaded.highlights);
    setNotes(loaded.notes);
    setStatus('ready');
  }, []);

  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    call('annotations.list', { documentId }).then(
      (loaded) => {
        if (!current) return;
        setHighlights(loaded.highlights);
        setNotes(loaded.notes);
        setStatus('ready');
        setError(null);
      },
      (failure: unknown) => {
        if (!current) return;
        setStatus('error');
        setError(errorMessage(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [documentId]);

  /** Runs one step in the queue; a failure becomes the shown error and resolves to null. */
  const run = useCallback(<T>(step: () => Promise<T>): Promise<T | null> => {
    const next = queue.current.then(step).then(
      (value) => {
        setError(null);
        return value;
      },
      (failure: unknown) => {
        setError(errorMessage(failure));
        return null;
      },
    );
    queue.current = next;
    return next;
  }, []);

  const record = useCallback((action: UndoableAction) => {
    setHistory((state) => pushAction(state, action));
  }, []);

  /** Undo and redo re-read the document's annotations: simple, and always what is stored. */
  const replay = useCallback(
    (pick: (state: UndoState) => UndoableAction | undefined, step: 'undo' | 'redo') =>
      run(async () => {
        const action = pick(history);
        if (!action || documentId === null) return;
        await action[step]();
        setHistory((state) => (step === 'undo' ? afterUndo(state) : afterRedo(state)));
        await load(documentId);
      }).then(() => undefined),
    [documentId, history, load, run],
  );

  const select = useCallback((id: string | null, where?: 'reader' | 'notes') => {
    setSelectedId(id);
    if (id !== null && where) {
      setRevealRequest((last) => ({ id, where, serial: (last?.serial ?? 0) + 1 }));
    }
  }, []);

  const restoreHighlight = useCallback(
    async (removed: { highlight: Highlight; note: Note | null }) => {
      await call('highlights.restore', removed);
    },
    [],
  );

  /**
   * Draws the highlight at once as pending (in the key press's own render, so it paints in the
   * next frame), then saves it; the saved highlight replaces the pending one in one update, and
   * a refusal removes it and shows why.
   */
  const create = useCallback(
    (range: TextRange, chosen?: HighlightColor) => {
      if (documentId === null) return Promise.resolve(null);
      const drawn = pendingHighlight(range, chosen ?? color);
      setPending((list) => [...list, drawn]);
      return run(async () => {
        try {
          const highlight = await call('highlights.create', {
            documentId,
            ...range,
            color: drawn.color,
          });
          setHighlights((list) => withHighlight(list, highlight));
          setSelectedId(highlight.id);
          if (chosen) setColor(chosen);
          let removed: { highlight: Highlight; note: Note | null } | null = null;
          record({
            label: 'Highlight',
            undo: async () => {
              removed = await call('highlights.delete', { id: highlight.id });
            },
            redo: async () => restoreHighlight(removed ?? { highlight, note: null }),
          });
          return highlight;
        } catch (failure) {
          throw new ApiError(
            failure instanceof ApiError ? failure.code : 'internal',
            `The highlight was not saved: ${errorMessage(failure)}`,
          );
        } finally {
          setPending((list) => list.filter((item) => item.id !== drawn.id));
        }
      });
    },
    [color, documentId, record, restoreHighlight, run],
  );

  const createWithNote = useCallback(
    async (range: TextRange) => {
      const highlight = await create(range);
      if (highlight) setNoteTarget({ kind: 'highlight', highlightId: highlight.id });
      return highlight;
    },
    [create],
  );

  const update = useCallback(
    (id: string, patch: { color?: HighlightColor; tags?: string[] }) =>
      run(async () => {
        const before = highlights.find((item) => item.id === id);
        const updated = await call('highlights.update', { id, ...patch });
        setHighlights((list) => withHighlight(list, updated));
        if (patch.color) setColor(patch.color);
        if (!before) return;
        const previous = { color: before.color, tags: before.tags };
        record({
          label: 'Change highlight',
          undo: async () => void (await call('highlights.update', { id, ...previous })),
          redo: async () => void (await call('highlights.update', { id, ...patch })),
        });
      }).then(committed),
    [highlights, record, run],
  );

  const remove = useCallback(
    (id: string) =>
      run(async () => {
        const removed = await call('highlights.delete', { id });
        setHighlights((list) => list.filter((item) => item.id !== id));
        setNotes((list) => list.filter((note) => note.highlightId !== id));
        setSelectedId((selected) => (selected === id ? null : selected));
        setNoteTarget((target) =>
          target?.kind === 'highlight' && target.highlightId === id ? null : target,
        );
        record({
          label: 'Delete highlight',
          undo: () => restoreHighlight(removed),
          redo: async () => void (await call('highlights.delete', { id })),
        });
      }).then(committed),
    [record, restoreHighlight, run],
  );

  const reattach = useCallback(
    (id: string, range: TextRange) =>
      run(async () => {
        const before = highlights.find((item) => item.id === id);
        const note = notes.find((item) => item.highlightId === id) ?? null;
        const attached = await call('highlights.reattach', { id, ...range });
        setHighlights((list) => withHighlight(list, attached));
        setSelectedId(id);
        setReattaching(null);
        if (!before) return;
        // Putting back the stored record is the exact inverse, orphan status included.
        record({
          label: 'Re-attach highlight',
          undo: async () => {
            const current = await call('highlights.delete', { id });
            await restoreHighlight({ highlight: before, note: current.note ?? note });
          },
          redo: async () => void (await call('highlights.reattach', { id, ...range })),
        });
      }).then(committed),
    [highlights, notes, record, restoreHighlight, run],
  );

  const saveNote = useCallback(
    (draft: NoteDraft) =>
      run(async () => {
        if (documentId === null) return null;
        const before =
          notes.find((note) => note.id === draft.id) ??
          (draft.highlightId === null
            ? undefined
            : notes.find((note) => note.highlightId === draft.highlightId));
        const saved = await call('notes.save', { ...draft, documentId });
        setNotes((list) => withNote(list, saved));
        record({
          label: 'Edit note',
          undo: async () => {
            if (before) {
              await call('notes.save', { ...before, id: before.id, documentId });
            } else {
              await call('notes.delete', { id: saved.id });
            }
          },
          redo: async () => {
            if (before) await call('notes.save', { ...draft, id: saved.id, documentId });
            else await call('notes.restore', { note: saved });
          },
        });
        return saved;
      }),
    [documentId, notes, record, run],
  );

  const removeNote = useCallback(
    (id: string) =>
      run(async () => {
        const removed = await call('notes.delete', { id });
        setNotes((list) => list.filter((note) => note.id !== id));
        record({
          label: 'Delete note',
          undo: async () => void (await call('notes.restore', { note: removed })),
          redo: async () => void (await call('notes.delete', { id })),
        });
      }).then(committed),
    [record, run],
  );

  const reload = useCallback(
    () =>
      run(async () => {
        if (documentId === null) return;
        setHistory(emptyUndoState);
        await load(documentId);
      }).then(() => undefined),
    [documentId, load, run],
  );

  const api = useMemo(
    () => ({
      status,
      error,
      highlights,
      notes,
      noteFor: (highlightId: string) => notes.find((note) => note.highlightId === highlightId),
      selectedId,
      select,
      revealRequest,
      color,
      setColor,
      noteTarget,
      editNote: setNoteTarget,
      reattachingId,
      setReattaching,
      create,
      createWithNote,
      update,
      remove,
      reattach,
      saveNote,
      removeNote,
      undo: () => replay((state) => state.done.at(-1), 'undo'),
      redo: () => replay((state) => state.undone.at(-1), 'redo'),
      canUndo: history.done.length > 0,
      canRedo: history.undone.length > 0,
      reload,
    }),
    [
      status,
      error,
      highlights,
      notes,
      selectedId,
      select,
      revealRequest,
      color,
      noteTarget,
      reattachingId,
      create,
      createWithNote,
      update,
      remove,
      reattach,
      saveNote,
      removeNote,
      replay,
      history,
      reload,
    ],
  );
  // Pending highlights are handed out apart (AnnotationsContext.tsx): a key press that draws
  // one then re-renders the reader alone, not every user of the annotations.
  return { api, pending };
};
