import { describe, expect, it } from 'vitest';
import { WordClusters } from './clusters';
import { SortedLines } from './sortedLines';

describe('sorted key-value lines searched in place', () => {
  const words = ['new', 'new york', 'newark', 'ne', 'zürich', 'a-b', 'aa', 'Émile'];
  const text = [...words]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((word, index) => `${word}\t${index}`)
    .join('\n');
  const lines = new SortedLines(text);

  it('finds every key, prefixes of one another included, and no other', () => {
    expect(lines.size).toBe(words.length);
    for (const word of words) expect(lines.get(word)).toMatch(/^\d+$/u);
    for (const absent of ['', 'n', 'newa', 'new yorker', 'zz', 'émile']) {
      expect(lines.get(absent)).toBeUndefined();
    }
  });

  it('gives the clusters of a model file back as they were written', () => {
    const written = new WordClusters(
      new Map([
        ['seoul', 7],
        ['tokyo', 4095],
        ['braga', 0],
      ]),
    );
    const read = WordClusters.parse(written.serialize());
    expect([read.of('seoul'), read.of('tokyo'), read.of('braga'), read.of('paris')]).toEqual([
      7, 4095, 0, -1,
    ]);
    expect(read.size).toBe(3);
    expect(read.serialize()).toBe(written.serialize());
    expect(WordClusters.parse('').of('seoul')).toBe(-1);
  });
});
