import type { Note } from '../../../shared/annotations';
import { NoteEntityChips } from '../entities/NoteEntityChips';
import { NoteEditor } from './NoteEditor';
import { TagList } from './TagList';
import { NoteMarkdown } from './noteMarkdownOnDemand';
import type { NoteEditing } from './useNoteEditing';
import { documentKey, isDirty } from './useNoteDrafts';

interface DocumentNoteItemProps {
  note: Note;
  editing: NoteEditing;
  onEdit(): void;
  onDelete(): void;
}

/** A note on the whole document: rendered, or in its editor. */
export function DocumentNoteItem(props: DocumentNoteItemProps) {
  const { note, editing } = props;
  const key = documentKey(note.id);
  const draft = editing.draftOf(key);
  const saved = editing.justSaved(key);
  return (
    <li className="note-item note-item-document" data-note-id={note.id}>
      <TagList tags={note.tags} />
      {draft ? (
        <NoteEditor
          draft={draft}
          focusSignal={editing.focusSignal(key)}
          onChange={(body) => editing.change(key, body)}
          onSave={() => editing.save(key)}
          onDiscard={() => editing.close(key)}
        />
      ) : (
        <>
          <NoteMarkdown body={note.body} />
          <NoteEntityChips noteId={note.id} interactive />
          <div className="note-actions-row">
            <button type="button" className="button button-small" onClick={props.onEdit}>
              Edit note
            </button>
            <button
              type="button"
              className="button button-small button-quiet-danger"
              onClick={props.onDelete}
            >
              Delete note
            </button>
          </div>
        </>
      )}
      {(isDirty(draft) || saved) && (
        <p className="note-state" role="status">
          {isDirty(draft) ? 'Unsaved draft' : 'Saved'}
        </p>
      )}
    </li>
  );
}
