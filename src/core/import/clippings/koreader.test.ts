import { describe, expect, it } from 'vitest';
import { thrown } from '../../library/testing';
import { assembleBooks } from './books';
import { parseKoreaderJson } from './koreaderJson';
import { parseKoreaderMarkdown } from './koreaderMarkdown';
import { koreaderJson, koreaderMarkdown } from './testing';

const message = (run: () => unknown): string => thrown(run).message;

describe('KOReader JSON export', () => {
  it('reads books, highlights in page order, notes, colours and dates', () => {
    const { books } = assembleBooks(parseKoreaderJson('walden.json', koreaderJson()), {
      extended: false,
    });
    expect(books).toHaveLength(1);
    expect(books[0]?.title).toBe('Walden');
    expect(books[0]?.author).toBe('Henry David Thoreau');
    expect(books[0]?.highlights.map((h) => [h.quote, h.note, h.page, h.color, h.addedAt])).toEqual([
      [
        'The mass of men lead lives of quiet desperation.',
        null,
        '12',
        'pink',
        '2023-11-14T22:13:20.000Z',
      ],
      [
        'I have a great deal of company in my house.',
        'Especially in the morning.',
        '140',
        'green',
        '2023-11-14T22:15:00.000Z',
      ],
    ]);
  });

  it('reads a single book exported on its own', () => {
    const single = JSON.stringify({
      title: 'T',
      author: 'A',
      entries: [{ text: 'Q', page: 3, time: 0 }],
    });
    expect(parseKoreaderJson('t.json', single).map((c) => [c.title, c.text, c.page])).toEqual([
      ['T', 'Q', '3'],
    ]);
  });

  it('refuses truncated JSON and JSON that is not an export', () => {
    expect(message(() => parseKoreaderJson('k.json', koreaderJson().slice(0, 80)))).toMatch(
      /^“k\.json” could not be imported: it is not valid JSON \(.*\); the file may be truncated\. Nothing was imported\.$/u,
    );
    expect(message(() => parseKoreaderJson('k.json', '{"entries": 3}'))).toContain(
      'not a KOReader highlights export',
    );
  });
});

describe('KOReader Markdown export', () => {
  it('reads the same book as the JSON export, without the emphasis marks', () => {
    const { books } = assembleBooks(parseKoreaderMarkdown('walden.md', koreaderMarkdown()), {
      extended: false,
    });
    expect(books[0]?.title).toBe('Walden');
    expect(books[0]?.author).toBe('Henry David Thoreau');
    expect(books[0]?.highlights.map((h) => [h.quote, h.note, h.page])).toEqual([
      ['The mass of men lead lives of quiet desperation.', null, '12'],
      ['I have a great deal of company in my house.', 'Especially in the morning.', '140'],
    ]);
    expect(books[0]?.highlights[0]?.addedAt).toBe(new Date(2023, 10, 14, 22, 13, 20).toISOString());
  });

  it('reads several books in one file', () => {
    const two = `${koreaderMarkdown()}\n# Second\n##### Someone\n### Page 2 @ 01 January 2024 09:00:00 AM\nText two.\n`;
    const { books } = assembleBooks(parseKoreaderMarkdown('two.md', two), { extended: false });
    expect(books.map((b) => [b.title, b.author, b.highlights.length])).toEqual([
      ['Walden', 'Henry David Thoreau', 2],
      ['Second', 'Someone', 1],
    ]);
  });

  it('refuses Markdown with no highlight in it', () => {
    expect(message(() => parseKoreaderMarkdown('n.md', '# Title\n\nJust prose.\n'))).toContain(
      'holds no highlight',
    );
  });
});
