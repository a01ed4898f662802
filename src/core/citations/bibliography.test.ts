import type { CSL } from '@citation-js/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationStyles } from '../../shared/citations/styles';
import { seededRandom } from '../../shared/random';
import { assembledBibliography } from './bibliography';
import { assembleInWorker } from './bibliographyWorker';
import { bibliographyPieces } from './bibliographyPieces';
import { styledBibliography } from './citationJs';
import { warmUpCiteproc } from './testing';

beforeAll(warmUpCiteproc, 60_000);

const families = ['Smith', 'Smith', 'Kim', 'van der Berg', 'Müller', 'Åberg', 'O’Neil', 'smith'];
const givens = ['Jan', 'John', 'Karl', 'Min-jun', 'Éva'];
const organisations = ['Reuters', 'Hanseatic Wire Service', 'World Health Organization'];
const types = ['article-newspaper', 'article-journal', 'book', 'webpage', 'report'] as const;

/**
 * A library whose references collide the ways bibliographies care about: one author with
 * several works in a year (APA's year suffixes), the same family with other given names
 * (disambiguation by initials), an author again and again (Chicago's `———`), organisations,
 * no author or no date at all, titles only.
 */
const collidingLibrary = (count: number, seed: number): CSL[] => {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, (_, index): CSL => {
    const kind = random();
    const author =
      kind < 0.15
        ? undefined
        : kind < 0.3
          ? [{ literal: pick(organisations) }]
          : Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
              family: pick(families),
              given: pick(givens),
            }));
    const year = random() < 0.1 ? undefined : 2018 + Math.floor(random() * 4);
    return {
      id: `item${index}`,
      type: pick(types),
      title: random() < 0.2 ? `Report ${index % 7}` : `Report on ${pick(families)} ${index}`,
      ...(author ? { author } : {}),
      ...(year ? { issued: { 'date-parts': [[year, 1 + (index % 12)]] } } : {}),
      ...(random() < 0.5 ? { 'container-title': 'The Daily Ledger' } : {}),
    } as CSL;
  });
};

const assembled = (items: CSL[], style: string) => {
  const pieces = bibliographyPieces(items, style);
  return assembledBibliography(
    items.map((item, index) => ({ item, piece: pieces[index] as (typeof pieces)[number] })),
    style,
  );
};

describe('a bibliography assembled from references formatted alone', () => {
  for (const style of citationStyles) {
    it(`is the whole run's, entry for entry, in ${style} (small library)`, () => {
      const items = collidingLibrary(40, 7);
      const whole = styledBibliography(items, style);
      // The library does collide: otherwise this would prove nothing.
      const texts = whole.map((runs) => runs.map((run) => run.text).join(''));
      if (style === 'apa') expect(texts.some((text) => /\(\d{4}[a-z]/u.test(text))).toBe(true);
      else expect(texts.some((text) => text.startsWith('———'))).toBe(true);
      expect(assembled(items, style)).toEqual(whole);
    });

    it(`is the whole run's, entry for entry, in ${style} (mid-sized library)`, () => {
      const items = collidingLibrary(400, 21);
      expect(assembled(items, style)).toEqual(styledBibliography(items, style));
    }, 60_000);
  }

  it('is the same assembled in a worker thread, which makes the pieces an item lacks', async () => {
    const items = collidingLibrary(40, 7);
    const pieces = bibliographyPieces(items, 'chicago-author-date');
    // Every third item without its piece: the worker makes those and answers them.
    const kept = pieces.map((piece, index) => (index % 3 === 0 ? null : piece));
    const inWorker = await assembleInWorker(items, kept, 'chicago-author-date', {
      forceWorker: true,
    });
    expect(inWorker.entries).toEqual(styledBibliography(items, 'chicago-author-date'));
    expect(inWorker.made).toEqual(pieces.filter((_, index) => index % 3 === 0));
  }, 60_000);

  it('keeps the order given where the sort keys tie', () => {
    const twins: CSL[] = ['b', 'a', 'c'].map((id) => ({ id, type: 'book', title: 'Same' }));
    expect(assembled(twins, 'apa')).toEqual(styledBibliography(twins, 'apa'));
  });
});
