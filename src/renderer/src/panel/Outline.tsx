import { useId } from 'react';
import type { OutlineEntry } from './documentStats';

interface OutlineProps {
  entries: readonly OutlineEntry[];
  onSelect(blockIndex: number): void;
}

/** The document's section headings; choosing one scrolls the reader to it. */
export function Outline({ entries, onSelect }: OutlineProps) {
  const labelId = useId();
  return (
    <nav className="panel-section" aria-labelledby={labelId}>
      <p className="pane-label" id={labelId}>
        Outline
      </p>
      <ol className="outline">
        {entries.map((entry) => (
          <li key={entry.blockIndex} className={`outline-item outline-level-${entry.level}`}>
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
