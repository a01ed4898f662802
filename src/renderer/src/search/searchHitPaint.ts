import { canPaintHighlights } from '../entities/entityRanges';

export const searchHitHighlight = 'gloss-search-hit';

/** Paints the chosen search hit over the text (search/search.css); null takes it away. */
export const paintSearchHit = (range: Range | null): void => {
  if (!canPaintHighlights()) return;
  if (range === null) {
    CSS.highlights.delete(searchHitHighlight);
    return;
  }
  const marked = new Highlight(range);
  // Above entity mentions, so the hit stays visible inside a marked mention.
  marked.priority = 2;
  CSS.highlights.set(searchHitHighlight, marked);
};
