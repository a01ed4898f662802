import type {
  Highlight,
  HighlightColor,
  Note,
  RemovedHighlight,
} from '../../../shared/annotations';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Span } from '../../../shared/span';
import { withHighlight } from './order';
import type { UndoableAction } from './undoStack';

/** How a command reaches the core: the api's `call`, or the fake handlers in a test. */
export type Call = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<MethodOutput<M>>;

/** The open document's annotations, as the commands see and return them. */
export interface AnnotationsState {
  documentId: string;
  /** In reading order; orphans last. */
  highlights: Highlight[];
  notes: Note[];
}

/**
 * What a command did: the state once the core has committed it, how to undo and redo it (null
 * when there is nothing to undo), and the record it made.
 */
export interface CommandResult<T> {
  state: AnnotationsState;
  undo: UndoableAction | null;
  value: T;
}

const restore = async (call: Call, removed: RemovedHighlight): Promise<void> => {
  await call('highlights.restore', removed);
};

/** Highlights `range` in `color`; undo deletes it, redo puts it back with any note it had. */
export const createHighlight = async (
  call: Call,
  state: AnnotationsState,
  { range, color }: { range: Span; color: HighlightColor },
): Promise<CommandResult<Highlight>> => {
  const highlight = await call('highlights.create', {
    documentId: state.documentId,
    ...range,
    color,
  });
  let removed: RemovedHighlight | null = null;
  return {
    state: { ...state, highlights: withHighlight(state.highlights, highlight) },
    value: highlight,
    undo: {
      label: 'Highlight',
      undo: async () => {
        removed = await call('highlights.delete', { id: highlight.id });
      },
      redo: () => restore(call, removed ?? { highlight, note: null }),
    },
  };
};

/** Changes a highlight's colour or tags; undo puts back the ones it had. */
export const updateHighlight = async (
  call: Call,
  state: AnnotationsState,
  { id, patch }: { id: string; patch: { color?: HighlightColor; tags?: string[] } },
): Promise<CommandResult<Highlight>> => {
  const before = state.highlights.find((item) => item.id === id);
  const updated = await call('highlights.update', { id, ...patch });
  const previous = before && { color: before.color, tags: before.tags };
  return {
    state: { ...state, highlights: withHighlight(state.highlights, updated) },
    value: updated,
    undo: previous
      ? {
          label: 'Change highlight',
          undo: async () => void (await call('highlights.update', { id, ...previous })),
          redo: async () => void (await call('highlights.update', { id, ...patch })),
        }
      : null,
  };
};

/** Deletes a highlight and its note; undo brings both back with the same ids. */
export const deleteHighlight = async (
  call: Call,
  state: AnnotationsState,
  { id }: { id: string },
): Promise<CommandResult<RemovedHighlight>> => {
  const removed = await call('highlights.delete', { id });
  return {
    state: {
      ...state,
      highlights: state.highlights.filter((item) => item.id !== id),
      notes: state.notes.filter((note) => note.highlightId !== id),
    },
    value: removed,
    undo: {
      label: 'Delete highlight',
      undo: () => restore(call, removed),
      redo: async () => void (await call('highlights.delete', { id })),
    },
  };
};

/** Attaches a highlight (an orphan) to `range`; undo puts back the stored record, orphan included. */
export const reattachHighlight = async (
  call: Call,
  state: AnnotationsState,
  { id, range }: { id: string; range: Span },
): Promise<CommandResult<Highlight>> => {
  const before = state.highlights.find((item) => item.id === id);
  const note = state.notes.find((item) => item.highlightId === id) ?? null;
  const attached = await call('highlights.reattach', { id, ...range });
  return {
    state: { ...state, highlights: withHighlight(state.highlights, attached) },
    value: attached,
    undo: before
      ? {
          label: 'Re-attach highlight',
          undo: async () => {
            const current = await call('highlights.delete', { id });
            await restore(call, { highlight: before, note: current.note ?? note });
          },
          redo: async () => void (await call('highlights.reattach', { id, ...range })),
        }
      : null,
  };
};
