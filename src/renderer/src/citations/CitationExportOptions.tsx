import { useId } from 'react';
import {
  citationStyleLabels,
  citationStyles,
  type CitationStyle,
} from '../../../shared/citations/styles';
import './citations.css';

interface CitationExportOptionsProps {
  style: CitationStyle;
  onStyle(style: CitationStyle): void;
  citations: boolean;
  onCitations(citations: boolean): void;
}

/** The Export dialog's citation choices (Markdown): cite each quote, and the bibliography style. */
export function CitationExportOptions({
  style,
  onStyle,
  citations,
  onCitations,
}: CitationExportOptionsProps) {
  const styleId = useId();
  return (
    <fieldset className="export-choices citation-options">
      <legend className="export-label">Citations</legend>
      <label className="export-choice">
        <input
          type="checkbox"
          checked={citations}
          onChange={(event) => onCitations(event.target.checked)}
        />
        <span>
          Cite each quote <code>[@citekey, p. 12]</code>
        </span>
      </label>
      <label className="citation-style" htmlFor={styleId}>
        <span>Bibliography style</span>
        <select
          id={styleId}
          value={style}
          onChange={(event) => onStyle(event.target.value as CitationStyle)}
        >
          {citationStyles.map((value) => (
            <option key={value} value={value}>
              {citationStyleLabels[value]}
            </option>
          ))}
        </select>
      </label>
      <p className="export-hint">
        references.bib and references.json go beside the notes; a whole-library export ends index.md
        with the bibliography in this style.
      </p>
    </fieldset>
  );
}
