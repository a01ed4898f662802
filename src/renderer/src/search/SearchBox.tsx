import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchResults } from '../../../shared/search';
import { useKeyActions } from '../keyboard/useKeyActions';
import { InlineError } from '../ui/InlineError';
import './search.css';
import { SearchIcon } from './SearchIcon';
import { SearchResultsList } from './SearchResultsList';
import { useSearchHit } from './SearchHitContext';
import { optionsOf, type SearchOption } from './searchOptions';
import { useSearch } from './useSearch';

interface SearchBoxProps {
  /** Opens a document in the reader (the library's open). */
  onOpenDocument(documentId: string): void;
}

/**
 * The library search: a search field whose results drop down under it, grouped by document.
 * Arrow keys move through the hits, Enter opens the document at the hit, Escape closes the
 * list (and, once closed, clears the field). Ctrl/⌘+K or "/" comes here from anywhere.
 */
export function SearchBox({ onOpenDocument }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // The active option's index, for the results it was chosen in: new results start at 0.
  const [activeIn, setActiveIn] = useState<{ results: SearchResults | null; index: number }>({
    results: null,
    index: 0,
  });
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const search = useSearch(query);
  const { choose, clear } = useSearchHit();

  const shown: SearchResults | null =
    search.status === 'ready'
      ? search.results
      : search.status === 'searching'
        ? search.previous
        : null;
  const options = useMemo(() => optionsOf(shown), [shown]);
  const active = activeIn.results === shown ? activeIn.index : 0;
  const setActive = (index: number) => setActiveIn({ results: shown, index });
  const activeOption = options[Math.min(active, options.length - 1)] ?? null;

  useKeyActions({
    focusSearch: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
      return true;
    },
  });

  const pick = (option: SearchOption) => {
    onOpenDocument(option.documentId);
    choose(option.documentId, option.hit);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (count > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((Math.min(active, count - 1) + step + count) % count);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && activeOption) pick(activeOption);
      else setOpen(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (open && query.trim() !== '') setOpen(false);
      else {
        setQuery('');
        clear();
      }
    }
  };

  const expanded = open && search.status !== 'idle';
  const empty =
    search.status === 'ready' && search.results.groups.length === 0 ? search.results.query : null;

  return (
    <div
      className="search-box"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <div className="search-field">
        <SearchIcon />
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          aria-label="Search library"
          placeholder="Search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={query}
          aria-controls={expanded ? listId : undefined}
          aria-expanded={expanded}
          aria-activedescendant={expanded && activeOption ? activeOption.id : undefined}
          aria-keyshortcuts="Control+K Meta+K /"
          onFocus={() => setOpen(true)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            if (event.target.value.trim() === '') clear();
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {expanded && (
        <div className="search-popover" data-testid="search-popover">
          {search.status === 'error' ? (
            <InlineError title="Search failed" message={search.message} />
          ) : empty !== null ? (
            <p className="search-empty" role="status" data-testid="search-no-results">
              No results for “{empty.trim()}”.
            </p>
          ) : shown ? (
            <SearchResultsList
              id={listId}
              results={shown}
              options={options}
              activeId={activeOption?.id ?? null}
              busy={search.status === 'searching'}
              onActivate={setActive}
              onChoose={pick}
            />
          ) : (
            <p className="search-empty" role="status">
              Searching…
            </p>
          )}
        </div>
      )}
    </div>
  );
}
