import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { NoteEntityChips } from '../entities/NoteEntityChips';
import type { Highlight, Note } from '../../../shared/annotations';
import { type KeyboardEvent, type MouseEvent } from 'react';
import { colorNames } from './colors';
import { HighlightActions } from './HighlightActions';
import { sideBySide } from './layout';
import { NoteEditor } from './NoteEditor';
import { NoteMarkdown } from './NoteMarkdown';
import { ReattachControls } from './ReattachControls';
import type { NoteEditing } from './useNoteEditing';
import { highlightKey, isDirty } from './useNoteDrafts';

interface HighlightItemProps {
  highlight: Highlight;
  note: Note | undefined;
  selected: boolean;
  editing: NoteEditing;
  onDeleted(): void;
}

/** One highlight in the Notes panel: quote, tags and note; expanded with its actions when selected. */
export function HighlightItem(props: HighlightItemProps) {
  const { highlight, note, selected, editing } = props;
  const annotations = useAnnotationsContext();
  const key = highlightKey(highlight.id);
  const draft = editing.draftOf(key);
  const saved = editing.justSaved(key);
  const orphan = highlight.status === 'orphaned';

  const reveal = () => annotations.select(highlight.id, orphan ? undefined : 'reader');
  // Stacked under the article, a click only expands the item: "Show in text" goes up there.
  const select = () => {
    if (selected) return;
    if (sideBySide()) reveal();
    else annotations.select(highlight.id);
  };

  const onClick = (event: MouseEvent<HTMLLIElement>) => {
    // Selecting text in the item to copy it is not a click on the item.
    const text = window.getSelection();
    if (text && !text.isCollapsed && event.currentTarget.contains(text.anchorNode)) return;
    select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
      event.preventDefault();
      event.stopPropagation();
      void annotations.remove(highlight.id).then((done) => done && props.onDeleted());
    }
  };

  return (
    <li
      className="note-item"
      data-highlight-id={highlight.id}
      data-note-id={note?.id}
      data-color={highlight.color}
      data-selected={selected}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <div className="note-item-head">
        <span className="swatch" data-color={highlight.color} aria-hidden="true" />
        <span className="visually-hidden">{colorNames[highlight.color]} highlight: </span>
        <blockquote className="note-quote">{highlight.quote.exact}</blockquote>
      </div>
      {orphan && <p className="note-muted orphan-why">Its text is no longer in the document.</p>}
      {highlight.tags.length > 0 && !selected && (
        <ul className="tag-list" aria-label="Tags">
          {highlight.tags.map((tag) => (
            <li className="tag-chip" key={tag}>
              {tag}
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <NoteEditor
          draft={draft}
          focusSignal={editing.focusSignal(key)}
          onChange={(body) => editing.change(key, body)}
          onSave={() => editing.save(key)}
          onDiscard={() => editing.close(key)}
        />
      ) : (
        note?.body.trim() && <NoteMarkdown body={note.body} />
      )}
      {(isDirty(draft) || saved) && (
        <p className="note-state" role="status">
          {isDirty(draft) ? 'Unsaved draft' : 'Saved'}
        </p>
      )}
      {note && <NoteEntityChips noteId={note.id} interactive={selected} />}
      {orphan && <ReattachControls highlightId={highlight.id} />}
      {selected && (
        <HighlightActions
          highlight={highlight}
          note={note}
          editing={draft !== undefined}
          onEditNote={() => annotations.editNote({ kind: 'highlight', highlightId: highlight.id })}
          onShowInText={orphan ? undefined : reveal}
          onDeleted={props.onDeleted}
        />
      )}
    </li>
  );
}
