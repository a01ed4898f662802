import { useId, type ReactNode } from 'react';
import { ColorPicker } from './ColorPicker';
import { toggleColor, type NoteFilters } from './filters';

interface NotesToolbarProps {
  filters: NoteFilters;
  tags: readonly string[];
  count: string;
  onFilters(filters: NoteFilters): void;
  onAddDocumentNote(): void;
  /** The entity filter, owned by the Entities feature. */
  entityFilter?: ReactNode;
}

/** Filters by colour and tag, what they leave shown, and the way to write a document note. */
export function NotesToolbar({
  filters,
  tags,
  count,
  onFilters,
  onAddDocumentNote,
  entityFilter,
}: NotesToolbarProps) {
  const tagId = useId();
  const allColors = filters.colors.length === 0;
  return (
    <div className="notes-toolbar">
      <div className="notes-toolbar-row">
        <p className="notes-count" aria-live="polite">
          {count}
        </p>
        <button type="button" className="button button-small" onClick={onAddDocumentNote}>
          Add document note
        </button>
      </div>
      <div className="notes-filters">
        <div className="notes-color-filter" role="group" aria-label="Filter by colour">
          <button
            type="button"
            className="filter-all"
            aria-pressed={allColors}
            onClick={() => onFilters({ ...filters, colors: [] })}
          >
            All
          </button>
          <ColorPicker
            label="Colours"
            isOn={(color) => filters.colors.includes(color)}
            onPick={(color) => onFilters(toggleColor(filters, color))}
          />
        </div>
        {tags.length > 0 && (
          <div className="notes-tag-filter">
            <label className="visually-hidden" htmlFor={tagId}>
              Filter by tag
            </label>
            <select
              id={tagId}
              className="tag-select"
              value={filters.tag ?? ''}
              onChange={(event) => onFilters({ ...filters, tag: event.target.value || null })}
            >
              <option value="">All tags</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  #{tag}
                </option>
              ))}
            </select>
          </div>
        )}
        {entityFilter}
      </div>
    </div>
  );
}
