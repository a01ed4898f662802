import type { Highlight } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import { blockStarts } from '../../../shared/text';
import { blockAt, type RenderedHighlight } from './highlightSegments';

/** Where the blocks sit in the canonical text; computed once per document. */
export interface BlockGeometry {
  starts: number[];
  lengths: number[];
}

export const blockGeometry = (blocks: readonly Block[]): BlockGeometry => ({
  starts: blockStarts(blocks),
  lengths: blocks.map((block) => block.text.length),
});

/** Orphans have no place in the text, so only placed, non-empty highlights are drawn. */
export const placedHighlights = (highlights: readonly Highlight[]): RenderedHighlight[] =>
  highlights.filter((item) => item.status !== 'orphaned' && item.start < item.end);

const sameLook = (a: RenderedHighlight, b: RenderedHighlight): boolean =>
  a.start === b.start && a.end === b.end && a.color === b.color;

/** The indexes of the blocks a canonical range touches. */
const blocksOf = (geometry: BlockGeometry, range: RenderedHighlight): number[] => {
  const indexes: number[] = [];
  for (let index = blockAt(geometry.starts, range.start); ; index += 1) {
    const start = geometry.starts[index];
    if (start === undefined || start >= range.end) break;
    if (start + (geometry.lengths[index] ?? 0) > range.start) indexes.push(index);
  }
  return indexes;
};

/**
 * Which blocks must be drawn again to go from the highlights last drawn to `next`: those under
 * any highlight that appeared, disappeared, moved or changed colour, where it was and where it
 * is. A single create or delete thus touches a block or two, whatever the document's size.
 */
export const changedBlocks = (
  geometry: BlockGeometry,
  drawn: ReadonlyMap<string, RenderedHighlight>,
  next: readonly RenderedHighlight[],
): number[] => {
  const touched = new Set<number>();
  const mark = (highlight: RenderedHighlight) => {
    for (const index of blocksOf(geometry, highlight)) touched.add(index);
  };
  const nextIds = new Set<string>();
  for (const highlight of next) {
    nextIds.add(highlight.id);
    const before = drawn.get(highlight.id);
    if (before && sameLook(before, highlight)) continue;
    mark(highlight);
    if (before) mark(before);
  }
  for (const [id, before] of drawn) if (!nextIds.has(id)) mark(before);
  return [...touched].sort((a, b) => a - b);
};
