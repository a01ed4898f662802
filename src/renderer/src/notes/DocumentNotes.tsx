import { useId } from 'react';
import type { Note } from '../../../shared/annotations';
import { DocumentNoteItem } from './DocumentNoteItem';
import { NoteEditor } from './NoteEditor';
import type { NoteEditing } from './useNoteEditing';
import { documentKey } from './useNoteDrafts';

interface DocumentNotesProps {
  notes: readonly Note[];
  editing: NoteEditing;
  onEdit(noteId: string): void;
  onDelete(noteId: string): void;
}

/** Notes on the whole document, with the editor of a new one when it is open. */
export function DocumentNotes({ notes, editing, onEdit, onDelete }: DocumentNotesProps) {
  const headingId = useId();
  const newKey = documentKey();
  const newDraft = editing.draftOf(newKey);
  if (notes.length === 0 && !newDraft) return null;
  return (
    <div className="notes-section" role="group" aria-labelledby={headingId}>
      <h2 className="notes-section-title" id={headingId}>
        Document notes
      </h2>
      {newDraft && (
        <div className="note-item note-item-document note-item-new">
          <NoteEditor
            draft={newDraft}
            focusSignal={editing.focusSignal(newKey)}
            onChange={(body) => editing.change(newKey, body)}
            onSave={() => editing.save(newKey)}
            onDiscard={() => editing.close(newKey)}
          />
        </div>
      )}
      {notes.length > 0 && (
        <ul className="notes-list">
          {notes.map((note) => (
            <DocumentNoteItem
              key={note.id}
              note={note}
              editing={editing}
              onEdit={() => onEdit(note.id)}
              onDelete={() => onDelete(note.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
