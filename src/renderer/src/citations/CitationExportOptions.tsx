import { useId } from 'react';
import {
  citationStyleLabels,
  citationStyles,
  type CitationStyle,
} from '../../../shared/citations/styles';
import './citations.css';

interface CitationExportOptionsProps {
  /** What the choices go into: Markdown notes, or an Anki deck's Citation column. */
  format: 'markdown' | 'anki';
  style: CitationStyle;
  onStyle(style: CitationStyle): void;
  citations: boolean;
  onCitations(citations: boolean): void;
}

const hints = {
  markdown:
    'references.bib and references.json go beside the notes; a whole-library export ends index.md with the bibliography in this style.',
  anki: 'Each card’s Citation field holds the quote’s citation and the reference in this style.',
};

/**
 * The Export dialog's citation choices (Markdown, Anki): cite each quote, and the bibliography
 * style.
 */
export function CitationExportOptions({
  format,
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
      <p className="export-hint">{hints[format]}</p>
    </fieldset>
  );
}
