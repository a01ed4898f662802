import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { matchingDocuments } from './checklistFilter';

interface DocumentChecklistProps {
  documents: readonly DocumentSummary[];
  chosen: ReadonlySet<string>;
  onToggle(id: string): void;
}

/** A row's height: one line of title (longer titles are cut with an ellipsis). */
const rowPx = 28;

/**
 * The library as checkboxes, for exporting some documents: a filter by title or source, and
 * only the rows in view in the DOM, so a library of 10,000 opens the dialog as fast as ten.
 * Each checkbox keeps its document's title as its name.
 */
export function DocumentChecklist({ documents, chosen, onToggle }: DocumentChecklistProps) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => matchingDocuments(documents, deferredFilter),
    [documents, deferredFilter],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change each render; React Compiler must not memoise around them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    overscan: 6,
  });

  return (
    <fieldset className="export-documents">
      <legend className="visually-hidden">Documents to export</legend>
      {documents.length === 0 ? (
        <p className="export-hint">The library is empty.</p>
      ) : (
        <>
          <div className="export-documents-bar">
            <label htmlFor={filterId} className="visually-hidden">
              Filter documents to export
            </label>
            <input
              id={filterId}
              type="search"
              className="export-documents-filter"
              placeholder="Filter by title or source"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            <span className="export-documents-count" aria-live="polite">
              {chosen.size} of {documents.length} chosen
            </span>
          </div>
          {shown.length === 0 && <p className="export-hint">No document matches “{filter}”.</p>}
          <div ref={scrollRef} className="export-documents-rows">
            <ul style={{ height: rows.getTotalSize() }}>
              {rows.getVirtualItems().map((row) => {
                const doc = shown[row.index];
                if (!doc) return null;
                return (
                  <li
                    key={doc.id}
                    style={{ transform: `translateY(${row.start}px)`, height: rowPx }}
                    aria-setsize={shown.length}
                    aria-posinset={row.index + 1}
                  >
                    <label title={doc.title}>
                      <input
                        type="checkbox"
                        checked={chosen.has(doc.id)}
                        onChange={() => onToggle(doc.id)}
                      />
                      <span>{doc.title}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </fieldset>
  );
}
