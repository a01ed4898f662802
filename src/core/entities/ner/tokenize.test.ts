import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './tokenize';

const texts = (text: string): string[] => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('splits possessives and negations the CoNLL way, curly or straight', () => {
    expect(texts('Trump’s plan')).toEqual(['Trump', '’s', 'plan']);
    expect(texts("Korea's allies' views")).toEqual(['Korea', "'s", 'allies', "'", 'views']);
    expect(texts("They don't, can’t.")).toEqual(['They', 'do', "n't", ',', 'ca', 'n’t', '.']);
  });

  it('keeps abbreviations, initials and names with apostrophes whole', () => {
    expect(texts('Former U.S. President Gen. Smith of Acme Inc. met Dr. J. Doe')).toEqual([
      'Former',
      'U.S.',
      'President',
      'Gen.',
      'Smith',
      'of',
      'Acme',
      'Inc.',
      'met',
      'Dr.',
      'J.',
      'Doe',
    ]);
    expect(texts("O'Neill and D'Alema")).toEqual(["O'Neill", 'and', "D'Alema"]);
  });

  it('keeps hyphenated names and words whole, but not a lowercase prefix before a name', () => {
    expect(texts('Finance Minister Choi Sang-mok backed cost-sharing')).toEqual([
      'Finance',
      'Minister',
      'Choi',
      'Sang-mok',
      'backed',
      'cost-sharing',
    ]);
    expect(texts('the Indo-Pacific and then-President Biden')).toEqual([
      'the',
      'Indo-Pacific',
      'and',
      'then',
      '-',
      'President',
      'Biden',
    ]);
  });

  it('keeps numbers with separators whole and splits currency and percent signs', () => {
    expect(texts('$1.47 billion, 28,500 troops, 8.3% on 1996-08-30, won 2-1')).toEqual([
      '$',
      '1.47',
      'billion',
      ',',
      '28,500',
      'troops',
      ',',
      '8.3',
      '%',
      'on',
      '1996-08-30',
      ',',
      'won',
      '2-1',
    ]);
  });

  it('separates quotes, dashes and other Unicode punctuation', () => {
    expect(texts('“Trump sees alliances,” said Russel — an analyst… «ok»')).toEqual([
      '“',
      'Trump',
      'sees',
      'alliances',
      ',',
      '”',
      'said',
      'Russel',
      '—',
      'an',
      'analyst',
      '…',
      '«',
      'ok',
      '»',
    ]);
  });

  it('gives UTF-16 offsets, also after characters outside the BMP', () => {
    const text = '😀 Seoul’s mayor';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(texts(text)).toEqual(['😀', 'Seoul', '’s', 'mayor']);
  });

  it('offsets slice back to the token text and never overlap (property)', () => {
    const alphabet = fc.constantFrom(
      ...'aZ9 .,\'’"“”-–—\n\t()$%:;!?éß😀中'.split(''),
      ...['U.S.', 'Gen.', 'Sang-mok', "n't", '’s', '1,000.5', 'Inc.'],
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.text.trim()).toBe(token.text);
          previousEnd = token.end;
        }
        // Everything between tokens is whitespace.
        const covered = tokenize(text)
          .map((t) => t.text)
          .join('');
        expect(covered).toBe(text.replace(/\s/gu, ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] => {
    const tokens = tokenize(text);
    return splitSentences(text, tokens).map((s) =>
      tokens
        .slice(s.first, s.end)
        .map((t) => t.text)
        .join(' '),
    );
  };

  it('splits at stops and line breaks, not after titles or initials', () => {
    expect(
      sentences('Gen. Xavier Brunson spoke. Dr. J. Smith agreed!\nA headline\nIt ended.'),
    ).toEqual(['Gen. Xavier Brunson spoke .', 'Dr. J. Smith agreed !', 'A headline', 'It ended .']);
  });

  it('keeps closing quotes with their sentence and ends one after "U.S." before "The"', () => {
    expect(sentences('He said “no.” Then he left for the U.S. The talks failed.')).toEqual([
      'He said “ no . ”',
      'Then he left for the U.S.',
      'The talks failed .',
    ]);
    expect(sentences('The U.S. Forces Korea commander spoke.')).toHaveLength(1);
  });
});
