import { pageOf, pandocCitation } from '../../../shared/citations/pandoc';
import type { Highlight } from '../../../shared/annotations';
import { useCitation } from './CitationContext';
import './citations.css';

/** The Pandoc citation an export puts after this quote: `[@citekey, p. 12]`. */
export function HighlightCitation({ highlight }: { highlight: Highlight }) {
  const { current } = useCitation();
  if (!current) return null;
  return (
    <cite className="highlight-citation" data-testid="highlight-citation">
      {pandocCitation(current.citekey, pageOf(highlight))}
    </cite>
  );
}
