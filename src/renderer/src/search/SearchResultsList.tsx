import type { SearchResults } from '../../../shared/search';
import { SearchSnippet } from './SearchSnippet';
import { hitCount, kindLabels, type SearchOption } from './searchOptions';

interface SearchResultsListProps {
  id: string;
  results: SearchResults;
  options: readonly SearchOption[];
  activeId: string | null;
  busy: boolean;
  onActivate(index: number): void;
  onChoose(option: SearchOption): void;
}

/** The results listbox: one group per document (title and hit count), one option per hit. */
export function SearchResultsList({
  id,
  results,
  options,
  activeId,
  busy,
  onActivate,
  onChoose,
}: SearchResultsListProps) {
  // Where each group's options start in the flat list.
  const starts = results.groups.map((_, groupIndex) =>
    results.groups.slice(0, groupIndex).reduce((sum, group) => sum + group.hits.length, 0),
  );
  return (
    <div
      className="search-results"
      id={id}
      role="listbox"
      aria-label="Search results"
      aria-busy={busy}
      data-testid="search-results"
    >
      {results.groups.map((group, groupIndex) => {
        return (
          <div
            key={group.documentId}
            className="search-group"
            role="group"
            aria-label={`${group.title}, ${hitCount(group.total)}`}
            data-document-id={group.documentId}
          >
            <div className="search-group-label" aria-hidden="true">
              <span className="search-group-title">{group.title}</span>
              <span className="search-group-count">{hitCount(group.total)}</span>
            </div>
            {group.hits.map((hit, hitIndex) => {
              const optionIndex = (starts[groupIndex] ?? 0) + hitIndex;
              const option = options[optionIndex];
              if (!option) return null;
              return (
                <div
                  key={option.id}
                  id={option.id}
                  className="search-option"
                  role="option"
                  aria-selected={option.id === activeId}
                  data-kind={hit.kind}
                  data-start={hit.start ?? undefined}
                  data-end={hit.end ?? undefined}
                  // Keeps focus in the box, so the keyboard still drives the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => onActivate(optionIndex)}
                  onClick={() => onChoose(option)}
                >
                  {/* Named `Text: <snippet>` by hidden text: no aria-label that differs from the words shown. */}
                  <span className="visually-hidden">{`${kindLabels[hit.kind]}: ${hit.snippet.text}`}</span>
                  <span className="search-kind" aria-hidden="true">
                    {kindLabels[hit.kind]}
                  </span>
                  <SearchSnippet snippet={hit.snippet} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
