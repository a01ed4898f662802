import { useEffect, useId, useRef } from 'react';
import { sortKeys, sortLabels, type SortKey } from './libraryView';

interface LibraryControlsProps {
  filter: string;
  sort: SortKey;
  onFilter(filter: string): void;
  onSort(sort: SortKey): void;
}

/** The filter box and the sort menu above the library list. */
export function LibraryControls({ filter, sort, onFilter, onSort }: LibraryControlsProps) {
  const filterId = useId();
  const sortId = useId();
  const filterRef = useRef<HTMLInputElement>(null);

  // Every change of the box's text fires `selectionchange` at the box, and it bubbles to the
  // document, where the reader's editor (Lexical) and selection toolbar listen for selections
  // in the article: a few milliseconds of each keystroke spent on a selection they do not own.
  useEffect(() => {
    const box = filterRef.current;
    if (!box) return;
    const keepToTheBox = (event: Event) => event.stopPropagation();
    box.addEventListener('selectionchange', keepToTheBox);
    return () => box.removeEventListener('selectionchange', keepToTheBox);
  }, []);
  return (
    <div className="library-controls">
      <label className="visually-hidden" htmlFor={filterId}>
        Filter library
      </label>
      <input
        ref={filterRef}
        id={filterId}
        className="filter-box"
        type="search"
        placeholder="Filter by title or source"
        value={filter}
        onChange={(event) => onFilter(event.target.value)}
        onKeyDown={(event) => {
          // Escape clears the box, as in the entities filter; the reader's keys stay out of it.
          event.stopPropagation();
          if (event.key === 'Escape' && filter !== '') {
            event.preventDefault();
            onFilter('');
          }
        }}
      />
      <div className="library-sort">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          className="library-sort-select"
          value={sort}
          onChange={(event) => {
            const key = sortKeys.find((candidate) => candidate === event.target.value);
            if (key) onSort(key);
          }}
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
