import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Span } from '../../../shared/span';
import type { HighlightColor } from '../../../shared/annotations';
import { call, errorMessage } from '../api';
import {
  deleteHighlight,
  reattachHighlight,
  updateHighlight,
  type AnnotationsState,
  type Call,
  type CommandResult,
} from './commands';
import { deleteNote, saveNote as saveNoteCommand } from './noteCommands';
import { pendingHighlight, savePendingHighlight } from './pending';
import type { PendingChannel } from './pendingChannel';
import type { AnnotationsApi, NoteDraft, NoteTarget } from './types';
import {
  afterRedo,
  afterUndo,
  emptyUndoState,
  pushAction,
  type UndoableAction,
  type UndoState,
} from './undoStack';

type Command<I, T> = (call: Call, state: AnnotationsState, input: I) => Promise<CommandResult<T>>;

type Reveal = AnnotationsApi['revealRequest'];
type Stored = Pick<AnnotationsState, 'highlights' | 'notes'>;

const nothingStored: Stored = { highlights: [], notes: [] };

/** run() resolves to null exactly when the step failed. */
const committed = (value: unknown): boolean => value !== null;

/**
 * Owns the open document's annotations. Mount it once per document (AnnotationsProvider is
 * keyed by the document id), so switching documents starts from a clean state and history.
 * Every action is a command of ./commands.ts: it calls the core first, and the state changes
 * only once the core has answered, so nothing is shown as saved before it is. A new highlight
 * is also drawn at once as pending (pending.ts), apart from the saved ones.
 */
export const useAnnotations = (
  documentId: string | null,
  pending: PendingChannel,
): AnnotationsApi => {
  const [status, setStatus] = useState<AnnotationsApi['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [stored, setStored] = useState<Stored>(nothingStored);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState<Reveal>(null);
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [noteTarget, setNoteTarget] = useState<NoteTarget | null>(null);
  const [reattachingId, setReattaching] = useState<string | null>(null);
  const [history, setHistory] = useState<UndoState>(emptyUndoState);
  // Actions run one after another, so an undo never overtakes the action it undoes.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // What the last committed step left, for the next step in the queue (state may not have
  // re-rendered between two queued steps).
  const latest = useRef<Stored>(nothingStored);
  const { highlights, notes } = stored;

  const store = useCallback((next: Stored) => {
    latest.current = next;
    setStored(next);
  }, []);

  const load = useCallback(
    async (id: string) => {
      const loaded = await call('annotations.list', { documentId: id });
      store(loaded);
      setStatus('ready');
    },
    [store],
  );

  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    call('annotations.list', { documentId }).then(
      (loaded) => {
        if (!current) return;
        store(loaded);
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
  }, [documentId, store]);

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

  /**
   * Runs a command in the queue on the latest state, keeps what it returns and records its undo.
   * Resolves to the command's record, or null when the core refused (or no document is open).
   */
  const runCommand = useCallback(
    <I, T>(command: Command<I, T>, input: I): Promise<T | null> =>
      run(async () => {
        if (documentId === null) return null;
        const result = await command(call, { documentId, ...latest.current }, input);
        store({ highlights: result.state.highlights, notes: result.state.notes });
        const { undo } = result;
        if (undo) setHistory((state) => pushAction(state, undo));
        return result.value;
      }),
    [documentId, run, store],
  );

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

  /**
   * Draws the highlight at once as pending (in the key press's own render, so it paints in the
   * next frame), then saves it; the saved highlight replaces the pending one in one update, and
   * a refusal removes it and shows why.
   */
  const create = useCallback(
    async (range: Span, chosen?: HighlightColor) => {
      if (documentId === null) return null;
      const drawn = pendingHighlight(range, chosen ?? color);
      const settled = () => pending.update((list) => list.filter((item) => item.id !== drawn.id));
      // Queued first, so the request leaves before the reader renders the pending mark: the core
      // commits while the mark is painted, not after.
      const saving = runCommand(savePendingHighlight(settled), {
        range,
        color: drawn.color,
      });
      pending.update((list) => [...list, drawn]);
      const highlight = await saving;
      if (highlight) {
        setSelectedId(highlight.id);
        if (chosen) setColor(chosen);
      }
      return highlight;
    },
    [color, documentId, pending, runCommand],
  );

  const createWithNote = useCallback(
    async (range: Span) => {
      const highlight = await create(range);
      if (highlight) setNoteTarget({ kind: 'highlight', highlightId: highlight.id });
      return highlight;
    },
    [create],
  );

  const update = useCallback(
    async (id: string, patch: { color?: HighlightColor; tags?: string[] }) => {
      const updated = await runCommand(updateHighlight, { id, patch });
      if (updated && patch.color) setColor(patch.color);
      return committed(updated);
    },
    [runCommand],
  );

  const remove = useCallback(
    async (id: string) => {
      const removed = await runCommand(deleteHighlight, { id });
      if (removed) {
        setSelectedId((selected) => (selected === id ? null : selected));
        setNoteTarget((target) =>
          target?.kind === 'highlight' && target.highlightId === id ? null : target,
        );
      }
      return committed(removed);
    },
    [runCommand],
  );

  const reattach = useCallback(
    async (id: string, range: Span) => {
      const attached = await runCommand(reattachHighlight, { id, range });
      if (attached) {
        setSelectedId(id);
        setReattaching(null);
      }
      return committed(attached);
    },
    [runCommand],
  );

  const saveNote = useCallback(
    (draft: NoteDraft) => runCommand(saveNoteCommand, draft),
    [runCommand],
  );

  const removeNote = useCallback(
    async (id: string) => committed(await runCommand(deleteNote, { id })),
    [runCommand],
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
  // Pending highlights go to the reader's own state (pendingChannel.ts).
  return api;
};
