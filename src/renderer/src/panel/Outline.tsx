import { useId } from 'react';
import type { OutlineEntry } from './documentStats';

interface OutlineProps {
  /** The section's name: "Outline" (headings), or "Contents" (a book's own). */
  label?: string;
  entries: readonly OutlineEntry[];
  onSelect(blockIndex: number): void;
}

/** The document's section headings; choosing one scrolls the reader to it. */
export function Outline({ label = 'Outline', entries, onSelect }: OutlineProps) {
  const labelId = useId();
  return (
    <nav className="panel-section" aria-labelledby={labelId}>
      <p className="pane-label" id={labelId}>
        {label}
      </p>
      <ol className="outline">
        {entries.map((entry, index) => (
          <li
            key={`${index}:${entry.blockIndex}`}
            className={`outline-item outline-level-${entry.level}`}
          >
            <button
              type="button"
              className="outline-link"
              onClick={() => onSelect(entry.blockIndex)}
            >
              {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
