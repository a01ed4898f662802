import type { Line } from './lines';

/** Where a page's two columns meet, or null for a page read top to bottom. */
export const findGutter = (lines: readonly Line[], pageWidth: number): number | null => {
  if (lines.length < 8) return null;
  let best: { gutter: number; crossing: number; balance: number } | null = null;
  for (let gutter = pageWidth * 0.3; gutter <= pageWidth * 0.7; gutter += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const line of lines) {
      if (line.x1 <= gutter) left += 1;
      else if (line.x0 >= gutter) right += 1;
      else crossing += 1;
    }
    if (left < 4 || right < 4) continue;
    const balance = Math.abs(gutter - pageWidth / 2);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance < best.balance))
      best = { gutter, crossing, balance };
  }
  if (!best) return null;
  const columnLines = lines.length - best.crossing;
  // Full-width lines (title, abstract, a wide figure) may cross; most of the page must not.
  return best.crossing <= columnLines * 0.5 ? best.gutter : null;
};

const byBaseline = (a: Line, b: Line): number => a.y - b.y || a.x0 - b.x0;

/**
 * A page's lines in reading order. On a two-column page, lines that span the gutter split the
 * page into bands (a title and abstract above, a wide figure between); within each band the
 * left column is read before the right one.
 */
export const readingOrder = (lines: readonly Line[], pageWidth: number): Line[] => {
  const sorted = [...lines].sort(byBaseline);
  const gutter = findGutter(sorted, pageWidth);
  if (gutter === null) return sorted;
  const ordered: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flushBand = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of sorted) {
    if (line.x1 <= gutter) left.push(line);
    else if (line.x0 >= gutter) right.push(line);
    else {
      flushBand();
      ordered.push(line);
    }
  }
  flushBand();
  return ordered;
};
