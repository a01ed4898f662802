import { describe, expect, it } from 'vitest';
import { generateText } from './generatedText';
import { buildWordIndex, occurrencesOf, rareWordStarts } from './wordIndex';

const allOccurrences = (text: string, needle: string): number[] => {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
};

describe('word index', () => {
  const text = generateText(50_000, 21);
  const index = buildWordIndex(text);

  it('finds every occurrence of a stretch of text that holds a whole word', () => {
    for (const start of [0, 101, 2_345, 17_000, 40_000]) {
      const needle = text.slice(start, start + 32);
      expect(occurrencesOf(index, text, needle)).toEqual(allOccurrences(text, needle));
    }
    expect(occurrencesOf(index, text, 'no such defence treaty here')).toEqual([]);
  });

  it('cannot tell for a stretch with no whole word inside it', () => {
    expect(occurrencesOf(index, text, 'security')).toBeNull();
  });

  it('points at a lightly edited quote from its rarest words, wherever it went', () => {
    const quote =
      'The Zanzibar archipelago negotiated a maritime compact with Quebec and Tasmania.';
    const edited = quote.replace('negotiated', 'signed');
    const moved = `${text.slice(0, 30_000)} ${edited} ${text.slice(30_000)}`;
    const starts = rareWordStarts(buildWordIndex(moved), quote, moved.length, 32);
    const at = moved.indexOf(edited);
    expect(starts.some((start) => Math.abs(start - at) <= 64)).toBe(true);
  });

  it('has nowhere to look when no word of the quote is in the text', () => {
    expect(rareWordStarts(index, 'Zanzibar Quebec Tasmania', text.length, 32)).toEqual([]);
  });
});
