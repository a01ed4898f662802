import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiFold, baseCitekey, citekeySuffix, uniqueCitekey } from './citekey';
import { citekeySchema, type Reference } from './reference';

describe('citation keys', () => {
  it('follow authorYearTitleword, folded to ASCII', () => {
    const key = (reference: Omit<Reference, 'type'>) => baseCitekey({ type: 'book', ...reference });
    expect(
      key({
        title: 'The Reading of Texts',
        author: [{ family: 'Smith', given: 'Ann' }],
        issued: { 'date-parts': [[2024, 5]] },
      }),
    ).toBe('smith2024reading');
    expect(
      key({
        title: 'Über das Lesen',
        author: [{ family: 'Müller-Łukasz', 'non-dropping-particle': 'von' }],
        issued: { 'date-parts': [[1999]] },
      }),
    ).toBe('mullerlukasz1999lesen');
    expect(key({ title: 'Æsthetics', author: [{ literal: 'Ørsted Institute' }] })).toBe(
      'orstedaesthetics',
    );
    expect(key({ title: '東京' })).toBe('ref');
    expect(asciiFold('Straße Ångström')).toBe('strasseangstrom');
  });

  it('suffixes a, b, ... z, aa, ab', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(citekeySuffix)).toEqual([
      'a',
      'b',
      'z',
      'aa',
      'ab',
      'zz',
      'aaa',
    ]);
  });

  it('stay unique over a library of 1,000 documents with colliding names', () => {
    const family = fc.constantFrom('Smith', 'SMITH', 'Smíth', 'van der Berg', 'Berg', 'Müller');
    const title = fc.constantFrom('Reading', 'The reading', 'Reading, again', 'A Study');
    const year = fc.constantFrom(2024, 2025);
    const references = fc.array(
      fc.tuple(family, title, year).map(([name, text, when]): Reference => ({
        type: 'article-journal',
        title: text,
        author: [{ family: name }],
        issued: { 'date-parts': [[when]] },
      })),
      { minLength: 1000, maxLength: 1000 },
    );
    fc.assert(
      fc.property(references, (library) => {
        const taken = new Set<string>();
        for (const reference of library) {
          const base = baseCitekey(reference);
          const key = uniqueCitekey(base, (candidate) => taken.has(candidate.toLowerCase()));
          expect(key.startsWith(base)).toBe(true);
          expect(citekeySchema.safeParse(key).success).toBe(true);
          taken.add(key.toLowerCase());
        }
        expect(taken.size).toBe(library.length);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
