import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import { summary } from '../../../shared/contract/testing';
import { createSortCache } from './sortCache';

const doc = (id: string, title: string, addedAt: string): DocumentSummary => ({
  ...summary,
  id,
  title,
  addedAt,
});

const library = [
  doc('a', 'Cherry', '2025-03-01T00:00:00Z'),
  doc('b', 'apple', '2025-03-03T00:00:00Z'),
  doc('c', 'Banana', '2025-03-02T00:00:00Z'),
];
const titles = (documents: readonly DocumentSummary[]) => documents.map((d) => d.title);

describe('the sort cache', () => {
  it('sorts as asked, and hands back the current objects when only counts changed', () => {
    const cache = createSortCache();
    expect(titles(cache.sorted(library, 'title'))).toEqual(['apple', 'Banana', 'Cherry']);
    const counted = library.map((d) => (d.id === 'c' ? { ...d, highlightCount: 4 } : d));
    const again = cache.sorted(counted, 'title');
    expect(titles(again)).toEqual(['apple', 'Banana', 'Cherry']);
    expect(again[1]?.highlightCount).toBe(4);
  });

  it('sorts again when a title or date changes, or a document comes or goes', () => {
    const cache = createSortCache();
    expect(titles(cache.sorted(library, 'added'))).toEqual(['apple', 'Banana', 'Cherry']);
    const renamed = library.map((d) => (d.id === 'b' ? { ...d, title: 'Zucchini' } : d));
    expect(titles(cache.sorted(renamed, 'title'))).toEqual(['Banana', 'Cherry', 'Zucchini']);
    const opened = renamed.map((d) =>
      d.id === 'a' ? { ...d, openedAt: '2025-04-01T00:00:00Z' } : d,
    );
    expect(titles(cache.sorted(opened, 'opened'))[0]).toBe('Cherry');
    const added = [...opened, doc('d', 'Date', '2025-03-04T00:00:00Z')];
    expect(titles(cache.sorted(added, 'added'))[0]).toBe('Date');
    expect(titles(cache.sorted(added.slice(1), 'title'))).toEqual(['Banana', 'Date', 'Zucchini']);
  });
});
