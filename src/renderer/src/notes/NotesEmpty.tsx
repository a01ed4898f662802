interface NotesEmptyProps {
  /** True when there are highlights but the filters hide them all. */
  filtered: boolean;
  onClearFilters(): void;
}

/** What the list says when it has nothing to show, and what to do about it. */
export function NotesEmpty({ filtered, onClearFilters }: NotesEmptyProps) {
  if (filtered) {
    return (
      <div className="notes-empty">
        <p>No highlights match these filters.</p>
        <button type="button" className="button button-small" onClick={onClearFilters}>
          Clear filters
        </button>
      </div>
    );
  }
  return (
    <div className="notes-empty">
      <p className="notes-empty-title">No highlights yet</p>
      <p>
        Select text in the article to highlight it. Press <kbd>h</kbd> to highlight the selection,
        or <kbd>n</kbd> to highlight it and write a note.
      </p>
    </div>
  );
}
