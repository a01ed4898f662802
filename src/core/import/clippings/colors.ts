import type { HighlightColor } from '../../../shared/annotations';

/** Other readers' colour names onto Gloss's five; anything unknown is yellow, the default. */
const colorNames: Record<string, HighlightColor> = {
  yellow: 'yellow',
  orange: 'yellow',
  gray: 'yellow',
  grey: 'yellow',
  green: 'green',
  olive: 'green',
  blue: 'blue',
  cyan: 'blue',
  pink: 'pink',
  red: 'pink',
  purple: 'purple',
  violet: 'purple',
};

export const glossColor = (name: string | null | undefined): HighlightColor =>
  colorNames[(name ?? '').trim().toLowerCase()] ?? 'yellow';
