import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pushWordTokens } from './wordTokens';

const byRegex = (text: string) => {
  const texts: string[] = [];
  const starts: number[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu)) {
    texts.push(match[0]);
    starts.push(match.index);
  }
  return { texts, starts };
};

const tokensOf = (text: string, from = 0, to = text.length) => {
  const texts: string[] = [];
  const starts: number[] = [];
  pushWordTokens(text, from, to, texts, starts);
  return { texts, starts };
};

// Letters and spaces of several scripts, digits, punctuation, an emoji and a lone surrogate.
const pieces = [
  'word',
  'É',
  'ß',
  '日本',
  'ä',
  '_',
  '42',
  ' ',
  '  ',
  '\n\n',
  '\t',
  '\u00a0',
  '\u2003',
  '.',
  ',',
  '—',
  '“',
  '😀',
  '\ud800',
  '𝒳',
  '-',
  'x',
];

describe('word tokens', () => {
  it('cuts text as the word diff’s regular expression does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(tokensOf(text)).toEqual(byRegex(text));
      }),
    );
  });

  it('agrees with it on any string of code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(tokensOf(text)).toEqual(byRegex(text));
      }),
    );
  });

  it('cuts a stretch of a text, with offsets in the whole text', () => {
    const text = 'One, two  three.\n\nFour';
    expect(tokensOf(text, 5, 16)).toEqual({
      texts: ['two', '  ', 'three', '.'],
      starts: [5, 8, 10, 15],
    });
  });
});
