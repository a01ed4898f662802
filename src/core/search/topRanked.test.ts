import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topRanked } from './topRanked';

interface Item {
  score: number;
  id: string;
}

const before = (a: Item, b: Item): boolean =>
  a.score > b.score || (a.score === b.score && a.id < b.id);

describe('topRanked', () => {
  it('answers what sorting everything and taking the first would, ties included', () => {
    const items = fc.uniqueArray(
      fc.record({ score: fc.integer({ min: 0, max: 4 }), id: fc.string({ maxLength: 4 }) }),
      { selector: (item) => item.id, maxLength: 60 },
    );
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 25 }), (list, limit) => {
        const sorted = [...list].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
        expect(topRanked(list, limit, before)).toEqual(sorted.slice(0, limit));
      }),
    );
  });
});
