import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentsOf, countWords, outlineOf, readingMinutes } from './documentStats';

describe('document stats', () => {
  const blocks = [
    { kind: 'paragraph' as const, text: 'Three little  words' },
    { kind: 'heading' as const, level: 2, text: 'A heading' },
    { kind: 'paragraph' as const, text: '' },
  ];

  it('counts whitespace-separated words in every block', () => {
    expect(countWords(blocks)).toBe(5);
  });

  it('counts the runs of non-space that \\S+ finds, whatever the spaces (Unicode ones too)', () => {
    const pieces = fc.constantFrom(
      'word',
      'é',
      '日本',
      '\u{1F600}',
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u200b',
      '-',
      '\u2028',
    );
    fc.assert(
      fc.property(fc.array(fc.array(pieces).map((parts) => parts.join(''))), (texts) => {
        const expected = texts.reduce((sum, text) => sum + (text.match(/\S+/gu)?.length ?? 0), 0);
        const given = texts.map((text) => ({ kind: 'paragraph' as const, text }));
        expect(countWords(given)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('rounds reading time to whole minutes, at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
  });

  it('outlines headings with their block index', () => {
    expect(outlineOf(blocks)).toEqual([{ blockIndex: 1, level: 2, text: 'A heading' }]);
  });
});

describe('contentsOf', () => {
  it('points each entry of a book’s contents at the block where its part begins', () => {
    const blocks = [
      { kind: 'heading' as const, level: 2, text: 'One' },
      { kind: 'paragraph' as const, text: 'First.' },
      { kind: 'paragraph' as const, text: 'Second.' },
    ];
    const toc = [
      { title: 'One', level: 1, start: 0 },
      { title: 'Later', level: 2, start: 'One\n\nFirst.\n\n'.length },
    ];
    expect(contentsOf(blocks, toc)).toEqual([
      { blockIndex: 0, level: 2, text: 'One' },
      { blockIndex: 2, level: 3, text: 'Later' },
    ]);
  });
});
