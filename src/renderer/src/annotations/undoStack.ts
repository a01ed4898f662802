/** One annotation action that can be undone and redone; both steps commit through the API. */
export interface UndoableAction {
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Enough for any session of reading; older steps fall off so memory stays flat. */
export const maxUndoSteps = 200;

export interface UndoState {
  done: UndoableAction[];
  undone: UndoableAction[];
}

export const emptyUndoState: UndoState = { done: [], undone: [] };

/** A new action clears the redo branch, as in every editor. */
export const pushAction = (state: UndoState, action: UndoableAction): UndoState => ({
  done: [...state.done, action].slice(-maxUndoSteps),
  undone: [],
});

export const afterUndo = (state: UndoState): UndoState => {
  const last = state.done.at(-1);
  return last ? { done: state.done.slice(0, -1), undone: [...state.undone, last] } : state;
};

export const afterRedo = (state: UndoState): UndoState => {
  const last = state.undone.at(-1);
  return last ? { done: [...state.done, last], undone: state.undone.slice(0, -1) } : state;
};
