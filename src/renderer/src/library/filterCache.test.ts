import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import { summary } from '../../../shared/contract/testing';
import { createFilterCache } from './filterCache';
import { filterDocuments } from './libraryView';

const doc = (id: string, title: string, source = 'Pasted text'): DocumentSummary => ({
  ...summary,
  id,
  title,
  source,
});

const library = [
  doc('a', 'Treaty talks resume'),
  doc('b', 'Café treaties', 'news.example'),
  doc('c', 'Harbour report'),
  doc('d', 'The report on a treaty', 'treaty.example'),
];
const ids = (documents: readonly DocumentSummary[]) => documents.map((d) => d.id);

describe('createFilterCache', () => {
  it('answers as filterDocuments while a word is typed and erased', () => {
    const cache = createFilterCache();
    const typed = ['t', 'tr', 'tre', 'trea', 'treat', 'treaty', 'treaty ', 'treaty r'];
    for (const filter of [...typed, ...typed.slice().reverse(), '']) {
      expect(ids(cache.filtered(library, filter))).toEqual(ids(filterDocuments(library, filter)));
    }
  });

  it('gives the same array for a filter answered before, and the list itself for none', () => {
    const cache = createFilterCache();
    const first = cache.filtered(library, 'report');
    cache.filtered(library, 'report h');
    expect(cache.filtered(library, 'report')).toBe(first);
    expect(cache.filtered(library, '  ')).toBe(library);
  });

  it('forgets its answers when the list changes', () => {
    const cache = createFilterCache();
    expect(ids(cache.filtered(library, 'harbour'))).toEqual(['c']);
    const renamed = library.map((d) => (d.id === 'a' ? doc('a', 'Harbour treaty') : d));
    expect(ids(cache.filtered(renamed, 'harbour'))).toEqual(['a', 'c']);
  });

  it('agrees with filterDocuments on any sequence of filters', () => {
    const letters = fc.constantFrom('t', 'r', 'e', 'a', 'y', ' ', 'o', 'é', 'p');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, maxLength: 8 }), { maxLength: 30 }),
        (filters) => {
          const cache = createFilterCache();
          for (const filter of filters) {
            expect(ids(cache.filtered(library, filter))).toEqual(
              ids(filterDocuments(library, filter)),
            );
          }
        },
      ),
    );
  });
});
