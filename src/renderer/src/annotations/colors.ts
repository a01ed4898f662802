import { highlightColors, type HighlightColor } from '../../../shared/annotations';
import { tagsRuleProblem } from '../../../shared/tags';

/** The names buttons carry, so "Yellow" finds the same colour everywhere. */
export const colorNames: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

export { highlightColors };

/**
 * Why a tag cannot be added to these tags, in the contract's own words, or null if it can.
 * Checking here lets the editor explain at once instead of after a round trip.
 */
export const tagProblem = (tags: readonly string[], candidate: string): string | null => {
  const tag = candidate.trim();
  if (tags.includes(tag)) return `“${tag}” is already a tag here.`;
  return tagsRuleProblem([...tags, tag]);
};
