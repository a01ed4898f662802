import { describe, expect, it } from 'vitest';
import { countWords, outlineOf, readingMinutes } from './documentStats';

describe('document stats', () => {
  const blocks = [
    { kind: 'paragraph' as const, text: 'Three little  words' },
    { kind: 'heading' as const, level: 2, text: 'A heading' },
    { kind: 'paragraph' as const, text: '' },
  ];

  it('counts whitespace-separated words in every block', () => {
    expect(countWords(blocks)).toBe(5);
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
