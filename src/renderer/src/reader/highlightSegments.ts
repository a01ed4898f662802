import type { Highlight, HighlightColor } from '../../../shared/annotations';
import type { Span } from '../../../shared/span';

/** What rendering needs of a highlight: where it is, its colour, and what breaks ties. */
export type RenderedHighlight = Pick<Highlight, 'id' | 'start' | 'end' | 'color' | 'createdAt'>;

/** A run of one block's text, in block-local offsets, and the highlights covering all of it. */
export interface Segment extends Span {
  /** Innermost first (see compareInnermost); empty for plain text. */
  ids: string[];
  /** The innermost covering highlight's colour; null for plain text. */
  color: HighlightColor | null;
}

/**
 * Click and colour order among highlights covering the same text: the shortest first, so a
 * nested highlight shows its own colour and is the first a click selects; the newest wins a tie.
 */
export const compareInnermost = (a: RenderedHighlight, b: RenderedHighlight): number =>
  a.end - a.start - (b.end - b.start) ||
  b.createdAt.localeCompare(a.createdAt) ||
  b.id.localeCompare(a.id);

/**
 * Flat segmentation of one block: the text is cut at every highlight boundary and each piece
 * lists every highlight covering it, so overlaps need no nested marks. `covering` holds the
 * highlights that may touch the block, in canonical offsets; `blockStart` places the block.
 */
export const segmentBlock = (
  length: number,
  blockStart: number,
  covering: readonly RenderedHighlight[],
): Segment[] => {
  const local = covering
    .map((highlight) => ({
      highlight,
      start: Math.max(0, highlight.start - blockStart),
      end: Math.min(length, highlight.end - blockStart),
    }))
    .filter((item) => item.start < item.end);
  if (local.length === 0)
    return length > 0 ? [{ start: 0, end: length, ids: [], color: null }] : [];

  const cuts = [...new Set([0, length, ...local.flatMap((item) => [item.start, item.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? length;
    const over = local
      .filter((item) => item.start <= start && item.end >= end)
      .map((item) => item.highlight)
      .sort(compareInnermost);
    const last = segments.at(-1);
    // Cuts come from every highlight, so a run can be cut where nothing changes: join it back.
    if (last && last.ids.join(' ') === over.map((h) => h.id).join(' ')) {
      last.end = end;
      continue;
    }
    segments.push({ start, end, ids: over.map((h) => h.id), color: over[0]?.color ?? null });
  }
  return segments;
};

/**
 * Which highlights touch each block (by index), given each block's start and length. Built in
 * one pass over the highlights with a binary search for the first block, so a document with
 * thousands of highlights is indexed in a few milliseconds.
 */
export const highlightsByBlock = (
  starts: readonly number[],
  lengths: readonly number[],
  highlights: readonly RenderedHighlight[],
): Map<number, RenderedHighlight[]> => {
  const byBlock = new Map<number, RenderedHighlight[]>();
  for (const highlight of highlights) {
    if (highlight.end <= highlight.start) continue;
    for (let index = blockAt(starts, highlight.start); index < starts.length; index += 1) {
      const start = starts[index] ?? 0;
      if (start >= highlight.end) break;
      if (start + (lengths[index] ?? 0) <= highlight.start) continue;
      const list = byBlock.get(index);
      if (list) list.push(highlight);
      else byBlock.set(index, [highlight]);
    }
  }
  return byBlock;
};

/** The index of the last block starting at or before `offset` (0 when there is none). */
export const blockAt = (starts: readonly number[], offset: number): number => {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
};
