import { describe, expect, it } from 'vitest';
import { WordIndex } from './wordIndex';

describe('WordIndex', () => {
  it('finds every word of its list at its index, and no other word', () => {
    const list = Array.from({ length: 5_000 }, (_, i) => `w${i.toString(36)}`);
    const words = new WordIndex(list);
    expect(list.every((word, index) => words.get(word) === index)).toBe(true);
    expect(words.get('absent')).toBeUndefined();
    expect(words.get('')).toBeUndefined();
    expect(words.get('constructor')).toBeUndefined();
  });

  it('keeps the last index of a word listed twice, as assigning in a loop does', () => {
    const words = new WordIndex(['a', 'b', 'a', 'Ä', '']);
    expect(words.get('a')).toBe(2);
    expect(words.get('Ä')).toBe(3);
    expect(words.get('')).toBe(4);
    expect(words.keys().sort()).toEqual(['', 'a', 'b', 'Ä']);
  });

  it('takes words set later, over the listed ones', () => {
    const words = new WordIndex(['a', 'b']);
    words.set('c', 2);
    words.set('a', 7);
    expect(words.get('c')).toBe(2);
    expect(words.get('a')).toBe(7);
    expect(words.keys().sort()).toEqual(['a', 'b', 'c']);
  });
});
