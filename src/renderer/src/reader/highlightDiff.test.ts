import { describe, expect, it } from 'vitest';
import { changedBlocks } from './highlightDiff';
import type { RenderedHighlight } from './highlightSegments';

// Blocks "abc" at 0, "de" at 5, "fgh" at 9.
const geometry = { starts: [0, 5, 9], lengths: [3, 2, 3] };
const h = (id: string, start: number, end: number, color: RenderedHighlight['color'] = 'yellow') =>
  ({ id, start, end, color, createdAt: '2026-01-01T00:00:00Z' }) satisfies RenderedHighlight;

describe('changedBlocks', () => {
  it('redraws only the blocks under what changed, where it was and where it is', () => {
    const drawn = new Map([
      ['same', h('same', 0, 2)],
      ['moved', h('moved', 5, 6)],
      ['gone', h('gone', 9, 10)],
    ]);
    expect(changedBlocks(geometry, drawn, [h('same', 0, 2), h('moved', 0, 1)])).toEqual([0, 1, 2]);
    expect(changedBlocks(geometry, drawn, [...drawn.values()])).toEqual([]);
    expect(changedBlocks(geometry, drawn, [...drawn.values(), h('new', 10, 11)])).toEqual([2]);
    const recoloured = [h('same', 0, 2, 'pink'), h('moved', 5, 6), h('gone', 9, 10)];
    expect(changedBlocks(geometry, drawn, recoloured)).toEqual([0]);
  });
});
