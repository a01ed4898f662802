import type { Highlight } from '../../../shared/annotations';

/** Reading order: by position, longer first at the same start; orphans last, oldest first. */
export const compareHighlights = (a: Highlight, b: Highlight): number => {
  const aOrphan = a.status === 'orphaned';
  const bOrphan = b.status === 'orphaned';
  if (aOrphan !== bOrphan) return aOrphan ? 1 : -1;
  if (aOrphan) return a.createdAt.localeCompare(b.createdAt);
  return a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt);
};

export const withHighlight = (list: readonly Highlight[], highlight: Highlight): Highlight[] =>
  [...list.filter((item) => item.id !== highlight.id), highlight].sort(compareHighlights);
