import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  blockAt,
  highlightsByBlock,
  segmentBlock,
  type RenderedHighlight,
} from './highlightSegments';

const at = (id: string, start: number, end: number, minute = 0): RenderedHighlight => ({
  id,
  start,
  end,
  color: id === 'outer' ? 'yellow' : id === 'inner' ? 'blue' : 'green',
  createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`,
});

describe('segmentBlock', () => {
  it('is one plain run without highlights, and nothing for an empty block', () => {
    expect(segmentBlock(5, 0, [])).toEqual([{ start: 0, end: 5, ids: [], color: null }]);
    expect(segmentBlock(0, 0, [])).toEqual([]);
  });

  it('cuts at every boundary; a nested highlight shows its own colour and comes first', () => {
    const segments = segmentBlock(20, 100, [at('outer', 102, 115), at('inner', 105, 108)]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [], color: null },
      { start: 2, end: 5, ids: ['outer'], color: 'yellow' },
      { start: 5, end: 8, ids: ['inner', 'outer'], color: 'blue' },
      { start: 8, end: 15, ids: ['outer'], color: 'yellow' },
      { start: 15, end: 20, ids: [], color: null },
    ]);
  });

  it('gives overlapping highlights a shared middle segment; the newest wins a tie', () => {
    const segments = segmentBlock(10, 0, [at('a', 0, 6, 1), at('b', 4, 10, 2)]);
    expect(segments.map((s) => [s.start, s.end, s.ids.join(' ')])).toEqual([
      [0, 4, 'a'],
      [4, 6, 'b a'],
      [6, 10, 'b'],
    ]);
  });

  it('clips highlights that run over the block into its separators', () => {
    expect(segmentBlock(4, 10, [at('x', 6, 20)])).toEqual([
      { start: 0, end: 4, ids: ['x'], color: 'green' },
    ]);
  });

  it('covers the block exactly, and each run lists exactly the highlights over it', () => {
    const highlight = fc
      .tuple(fc.nat(30), fc.integer({ min: 1, max: 30 }), fc.nat(59))
      .map(([start, length, minute]) => ({ start, end: start + length, minute }));
    fc.assert(
      fc.property(fc.nat(30), fc.array(highlight, { maxLength: 6 }), (length, list) => {
        const highlights = list.map((h, i) => at(`h${i}`, h.start, h.end, h.minute));
        const segments = segmentBlock(length, 0, highlights);
        let cursor = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(cursor);
          expect(segment.end).toBeGreaterThan(segment.start);
          cursor = segment.end;
          const over = highlights.filter((h) => h.start <= segment.start && h.end >= segment.end);
          expect([...segment.ids].sort()).toEqual(over.map((h) => h.id).sort());
        }
        expect(cursor).toBe(length);
      }),
    );
  });
});

describe('highlightsByBlock', () => {
  it('lists a highlight under every block it touches, and none it only spans by separators', () => {
    // Blocks "abc" at 0, "de" at 5, "fgh" at 9.
    const starts = [0, 5, 9];
    const lengths = [3, 2, 3];
    const byBlock = highlightsByBlock(starts, lengths, [
      at('all', 1, 11),
      at('gap', 3, 5),
      at('last', 9, 12),
    ]);
    expect(byBlock.get(0)?.map((h) => h.id)).toEqual(['all']);
    expect(byBlock.get(1)?.map((h) => h.id)).toEqual(['all']);
    expect(byBlock.get(2)?.map((h) => h.id)).toEqual(['all', 'last']);
  });

  it('finds the block of an offset by binary search', () => {
    expect([0, 4, 5, 8, 9, 100].map((offset) => blockAt([0, 5, 9], offset))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
});
