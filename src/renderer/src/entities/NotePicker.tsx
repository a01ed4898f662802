import { useId, useState } from 'react';
import type { Note } from '../../../shared/annotations';

interface NotePickerProps {
  notes: readonly Note[];
  labelOf(note: Note): string;
  onPick(noteId: string): Promise<boolean>;
  onCancel(): void;
}

/** Picks one of the open document's notes, to link it to the entity by hand. */
export function NotePicker({ notes, labelOf, onPick, onCancel }: NotePickerProps) {
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  return (
    <form
      className="entity-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === '') return;
        setBusy(true);
        void onPick(choice).finally(() => setBusy(false));
      }}
    >
      <label className="field-label" htmlFor={selectId}>
        Note to link
      </label>
      <select
        id={selectId}
        className="entity-select"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="">Choose a note…</option>
        {notes.map((note) => (
          <option key={note.id} value={note.id}>
            {labelOf(note)}
          </option>
        ))}
      </select>
      <div className="entity-form-buttons">
        <button
          type="submit"
          className="button button-small button-primary"
          disabled={busy || choice === ''}
        >
          Link
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
