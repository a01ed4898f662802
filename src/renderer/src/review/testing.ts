import type { ReviewCard } from '../../../shared/review';

/** A new, anchored card of "On Memory" with no note, named by its highlight id. */
export const testCard = (highlightId: string, changes: Partial<ReviewCard> = {}): ReviewCard => ({
  highlightId,
  documentId: 'doc-1',
  documentTitle: 'On Memory',
  quote: `Words of ${highlightId}`,
  note: null,
  pages: null,
  context: { before: '', after: '' },
  status: 'anchored',
  color: 'yellow',
  tags: [],
  state: 'new',
  due: null,
  ...changes,
});
