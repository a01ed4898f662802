import type { Note } from '../../../shared/annotations';
import type { AnnotationsState, Call, CommandResult } from './commands';
import type { NoteDraft } from './types';

const withNote = (list: readonly Note[], note: Note): Note[] => [
  ...list.filter((item) => item.id !== note.id),
  note,
];

/**
 * Saves a note (a highlight's or a document note); undo puts back the text it had, or deletes a
 * note that is new; redo saves it again.
 */
export const saveNote = async (
  call: Call,
  state: AnnotationsState,
  draft: NoteDraft,
): Promise<CommandResult<Note>> => {
  const { documentId, notes } = state;
  const before =
    notes.find((note) => note.id === draft.id) ??
    (draft.highlightId === null
      ? undefined
      : notes.find((note) => note.highlightId === draft.highlightId));
  const saved = await call('notes.save', { ...draft, documentId });
  return {
    state: { ...state, notes: withNote(notes, saved) },
    value: saved,
    undo: {
      label: 'Edit note',
      undo: async () => {
        if (before) {
          // Only the fields notes.save takes: the contract refuses the stored dates.
          const { id, highlightId, body, tags } = before;
          await call('notes.save', { id, documentId, highlightId, body, tags });
        } else {
          await call('notes.delete', { id: saved.id });
        }
      },
      redo: async () => {
        if (before) await call('notes.save', { ...draft, id: saved.id, documentId });
        else await call('notes.restore', { note: saved });
      },
    },
  };
};

/** Deletes a note (not its highlight); undo restores it with the same id. */
export const deleteNote = async (
  call: Call,
  state: AnnotationsState,
  { id }: { id: string },
): Promise<CommandResult<Note>> => {
  const removed = await call('notes.delete', { id });
  return {
    state: { ...state, notes: state.notes.filter((note) => note.id !== id) },
    value: removed,
    undo: {
      label: 'Delete note',
      undo: async () => void (await call('notes.restore', { note: removed })),
      redo: async () => void (await call('notes.delete', { id })),
    },
  };
};
