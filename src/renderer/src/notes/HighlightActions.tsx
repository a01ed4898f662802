import type { Highlight, Note } from '../../../shared/annotations';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { ColorPicker } from './ColorPicker';
import { ReviewToggle } from './ReviewToggle';
import { TagsEditor } from './TagsEditor';

interface HighlightActionsProps {
  highlight: Highlight;
  note: Note | undefined;
  editing: boolean;
  onEditNote(): void;
  /** Scrolls the reader to the highlight; absent for an orphan, which is nowhere in the text. */
  onShowInText?: () => void;
  onDeleted(): void;
}

/**
 * What can be done to the selected highlight: its note, colour, tags, whether the daily review
 * shows it, or deleting it.
 */
export function HighlightActions({
  highlight,
  note,
  editing,
  onEditNote,
  onShowInText,
  onDeleted,
}: HighlightActionsProps) {
  const annotations = useAnnotationsContext();
  const { id } = highlight;

  const setTags = async (tags: string[]) =>
    (await annotations.update(id, { tags })) ? null : 'The tags could not be saved.';

  const remove = async () => {
    if (await annotations.remove(id)) onDeleted();
  };

  return (
    <div className="note-actions" onClick={(event) => event.stopPropagation()}>
      <div className="note-actions-row">
        {!editing && (
          <button type="button" className="button button-small" onClick={onEditNote}>
            {note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <ColorPicker
          label="Colour"
          isOn={(color) => color === highlight.color}
          onPick={(color) => {
            if (color !== highlight.color) void annotations.update(id, { color });
          }}
        />
      </div>
      <TagsEditor tags={highlight.tags} onChange={setTags} />
      <ReviewToggle highlightId={id} />
      <div className="note-actions-row note-actions-end">
        {onShowInText && (
          <button
            type="button"
            className="button button-small note-show-in-text"
            onClick={onShowInText}
          >
            Show in text
          </button>
        )}
        <button type="button" className="button button-small button-quiet-danger" onClick={remove}>
          Delete highlight
        </button>
      </div>
    </div>
  );
}
