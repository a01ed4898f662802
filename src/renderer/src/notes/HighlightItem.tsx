import { HighlightCitation } from '../citations/HighlightCitation';
import { NoteEntityChips } from '../entities/NoteEntityChips';
import type { Highlight, Note } from '../../../shared/annotations';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { colorNames } from '../annotations/colors';
import { HighlightActions } from './HighlightActions';
import { sideBySide } from '../ui/layout';
import { NoteEditor } from './NoteEditor';
import { TagList } from './TagList';
import { NoteMarkdown } from './noteMarkdownOnDemand';
import { ReattachControls } from './ReattachControls';
import { EditedControls } from './EditedControls';
import type { ItemActions } from './useItemActions';
import { highlightKey, isDirty, type NoteDraftState } from './useNoteDrafts';

interface HighlightItemProps {
  highlight: Highlight;
  note: Note | undefined;
  /** `p. 12` or `pp. 12–13` for a highlight of a PDF; null for text without pages. */
  pages: string | null;
  selected: boolean;
  /** This item's open note editor, if any. */
  draft: NoteDraftState | undefined;
  /** True for a moment after its note was saved. */
  saved: boolean;
  focusSignal: number;
  actions: ItemActions;
  onDeleted(): void;
}

/**
 * One highlight in the Notes panel: quote, tags and note; expanded with its actions when
 * selected. Memoised, with only plain props and stable actions, so that a change to one
 * highlight re-renders one item.
 */
export const HighlightItem = memo(function HighlightItem(props: HighlightItemProps) {
  const { highlight, note, selected, draft, saved, actions } = props;
  const key = highlightKey(highlight.id);
  const orphan = highlight.status === 'orphaned';

  const reveal = () => actions.select(highlight.id, orphan ? undefined : 'reader');
  // Stacked under the article, a click only expands the item: "Show in text" goes up there.
  const select = () => {
    if (selected) return;
    if (sideBySide()) reveal();
    else actions.select(highlight.id);
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
      void actions.remove(highlight.id).then((done) => done && props.onDeleted());
    }
  };

  return (
    <li
      className="note-item"
      data-highlight-id={highlight.id}
      data-note-id={note?.id}
      data-color={highlight.color}
      data-edited={highlight.editedFrom !== null || undefined}
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
      {props.pages && !orphan && (
        <p className="note-pages" data-testid="highlight-pages">
          {props.pages}
        </p>
      )}
      <HighlightCitation pages={orphan ? null : props.pages} />
      {orphan && <p className="note-muted orphan-why">Its text is no longer in the document.</p>}
      {!orphan && highlight.editedFrom !== null && (
        <EditedControls highlight={highlight} editedFrom={highlight.editedFrom} />
      )}
      {!selected && <TagList tags={highlight.tags} />}
      {draft ? (
        <NoteEditor
          draft={draft}
          focusSignal={props.focusSignal}
          onChange={(body) => actions.change(key, body)}
          onSave={() => actions.save(key)}
          onDiscard={() => actions.close(key)}
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
          onEditNote={() => actions.editNote({ kind: 'highlight', highlightId: highlight.id })}
          onShowInText={orphan ? undefined : reveal}
          onDeleted={props.onDeleted}
        />
      )}
    </li>
  );
});
