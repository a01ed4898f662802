import { describe, expect, it } from 'vitest';
import { assignSlots, noSlots } from './rowSlots';

const slotsOf = (slots: ReturnType<typeof assignSlots>, ids: readonly string[]) =>
  ids.map((id) => slots.byId.get(id));

describe('assignSlots', () => {
  it('numbers the first rows from 0', () => {
    const slots = assignSlots(noSlots, ['a', 'b', 'c']);
    expect(slotsOf(slots, ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('keeps a document its slot when it moves (opened, renamed)', () => {
    const first = assignSlots(noSlots, ['a', 'b', 'c']);
    const moved = assignSlots(first, ['c', 'a', 'b']);
    expect(slotsOf(moved, ['a', 'b', 'c'])).toEqual([0, 1, 2]);
  });

  it('gives documents newly shown the slots of those no longer shown, not new ones', () => {
    const first = assignSlots(noSlots, ['a', 'b', 'c']);
    const sorted = assignSlots(first, ['x', 'b', 'y']);
    expect(sorted.byId.get('b')).toBe(1);
    expect(new Set(slotsOf(sorted, ['x', 'b', 'y']))).toEqual(new Set([0, 1, 2]));
    expect(sorted.next).toBe(3);
  });

  it('numbers new slots only when more rows are shown', () => {
    const first = assignSlots(noSlots, ['a']);
    const more = assignSlots(first, ['b', 'c', 'a']);
    expect(slotsOf(more, ['b', 'c', 'a'])).toEqual([1, 2, 0]);
  });

  it('never gives two documents one slot', () => {
    let slots = noSlots;
    const windows = [
      ['a', 'b', 'c', 'd'],
      ['c', 'd', 'e'],
      ['f', 'g', 'h', 'i', 'a'],
      ['i', 'j'],
    ];
    for (const ids of windows) {
      slots = assignSlots(slots, ids);
      const given = slotsOf(slots, ids);
      expect(new Set(given).size).toBe(ids.length);
      expect(slots.byId.size).toBe(ids.length);
    }
  });
});
