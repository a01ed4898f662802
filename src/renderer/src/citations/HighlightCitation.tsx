import { pandocCitation } from '../../../shared/citations/pandoc';
import { useCitation } from './CitationContext';
import './citations.css';

/** The Pandoc citation an export puts after a quote: `[@citekey, p. 12]` (pages of a PDF). */
export function HighlightCitation({ pages }: { pages: string | null }) {
  const { current } = useCitation();
  if (!current) return null;
  return (
    <cite className="highlight-citation" data-testid="highlight-citation">
      {pandocCitation(current.citekey, pages)}
    </cite>
  );
}
