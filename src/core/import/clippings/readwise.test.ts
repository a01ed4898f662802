import { describe, expect, it } from 'vitest';
import { thrown } from '../../library/testing';
import { assembleBooks } from './books';
import { parseCsv } from './csv';
import { parseReadwiseCsv } from './readwise';
import { readwiseCsv } from './testing';

const message = (run: () => unknown): string => thrown(run).message;

describe('CSV', () => {
  it('reads quoted commas, doubled quotes and line breaks in a field', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,,z\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', '', 'z'],
    ]);
  });

  it('throws on a quote that never closes', () => {
    expect(() => parseCsv('a,"open\n')).toThrow('row 1 opens a quote that never closes');
  });
});

describe('Readwise CSV export', () => {
  it('reads books, notes, colours, tags, pages and dates', () => {
    const { books } = assembleBooks(parseReadwiseCsv('readwise.csv', readwiseCsv()), {
      extended: false,
    });
    expect(books.map((b) => [b.title, b.author])).toEqual([
      ['Deep Work', 'Cal Newport'],
      ['Essays', 'Montaigne'],
    ]);
    expect(
      books[0]?.highlights.map((h) => [h.quote, h.note, h.color, h.tags, h.page, h.addedAt]),
    ).toEqual([
      ['Clarity about what matters', null, 'pink', [], null, '2023-05-10T09:00:00.000Z'],
      [
        'He said, "read slowly", twice.',
        'A note, with a comma\nand a second line',
        'blue',
        ['focus', 'deep-work', 'productivity'],
        null,
        '2023-05-12T14:35:00.000Z',
      ],
    ]);
    expect(books[1]?.highlights[0]?.page).toBe('45');
  });

  it('refuses a file cut in the middle of a row or a quote', () => {
    const text = readwiseCsv();
    expect(message(() => parseReadwiseCsv('r.csv', text.slice(0, text.indexOf('blue'))))).toMatch(
      /looks truncated|never closes/u,
    );
    const cutRow = text.split('\r\n').slice(0, 2).join('\r\n') + '\r\nOnly,three,cells\r\n';
    expect(message(() => parseReadwiseCsv('r.csv', cutRow))).toContain('row 3 has 3 of 11 columns');
  });
});
