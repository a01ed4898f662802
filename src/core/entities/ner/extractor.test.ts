import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type NameSpan } from '../../../shared/entities';
import { createNerExtractor } from './extractor';
import { newsCorpus, parseMarkup, shippedModel } from './testing';

const extractor = createNerExtractor(shippedModel());

const named = (text: string, spans: NameSpan[]): string[] =>
  spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('gloss-ner extractor', () => {
  it('is named and returns spans whose offsets slice back to the names', () => {
    expect(extractor.name).toBe('gloss-ner');
    const text =
      '  “Donald Trump’s envoy,” said Gen. Xavier Brunson in Seoul.\n\nChoi Sang-mok agreed.';
    const spans = extractor.extract(text);
    expect(named(text, spans)).toEqual([
      'person:Donald Trump',
      'person:Xavier Brunson',
      'place:Seoul',
      'person:Choi Sang-mok',
    ]);
    for (const span of spans) {
      const slice = text.slice(span.start, span.end);
      expect(slice.trim()).toBe(slice);
      expect(slice).not.toMatch(/^[\p{P}]|[,;:’'"”]$/u);
    }
  });

  it('handles empty, blank and name-free text', () => {
    expect(extractor.extract('')).toEqual([]);
    expect(extractor.extract(' \n\n ')).toEqual([]);
    expect(extractor.extract('it was a quiet day and nothing happened.')).toEqual([]);
  });

  it('finds the people, organisations and places of the bundled article with the right type', () => {
    const file = path.resolve(__dirname, '../../../../resources/000_dff1b5ee7486004a.txt');
    const text = readFileSync(file, 'utf8');
    const found = new Set(named(text, extractor.extract(text)));
    const people = [
      'Donald Trump',
      'Trump',
      'Choi Sang-mok',
      'Danny Russel',
      'Biden',
      'Yoon Suk Yeol',
      'Xavier Brunson',
    ];
    const places = [
      'Japan',
      'South Korea',
      'Seoul',
      'Tokyo',
      'China',
      'Russia',
      'North Korea',
      'Indo-Pacific',
      'U.S.',
      'Gaza',
    ];
    // "Truth Social" and "U.S. Forces Korea" come from the rules (rules.ts), not the weights.
    const organisations = [
      'Truth Social',
      'Asia Society Policy Institute',
      'Pentagon',
      'U.S. Forces Korea',
      'Hamas',
    ];
    const expected = [
      ...people.map((name) => `person:${name}`),
      ...places.map((name) => `place:${name}`),
      ...organisations.map((name) => `organization:${name}`),
    ];
    expect(expected.filter((name) => !found.has(name))).toEqual([]);
    // The organisation is whole, not a country plus a stray place.
    expect(found.has('place:Forces Korea')).toBe(false);
    // Nothing absurd: no span crosses a line, ends in punctuation (a stop only after an
    // abbreviation such as "U.S.") or is a common word alone.
    for (const name of found) {
      expect(name).not.toMatch(/[,;:!?'’"”)]$|\n|[a-z]{2}\.$|:(The|A|In|It)$/u);
    }
    expect([...found].filter((name) => /^person:.*\b(Japan|Korea|Seoul)\b/u.test(name))).toEqual(
      [],
    );
  });

  it('does not regress on a fixed corpus of news sentences', () => {
    let truePositives = 0;
    let predicted = 0;
    let gold = 0;
    for (const markup of newsCorpus) {
      const { text, spans } = parseMarkup(markup);
      const headline = (s: NameSpan) => s.type !== 'misc';
      const goldKeys = new Set(spans.filter(headline).map((s) => `${s.start}:${s.end}:${s.type}`));
      const found = extractor.extract(text).filter(headline);
      predicted += found.length;
      gold += goldKeys.size;
      truePositives += found.filter((s) => goldKeys.has(`${s.start}:${s.end}:${s.type}`)).length;
    }
    const precision = truePositives / predicted;
    const recall = truePositives / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each([0, 1, 6, 8, 15])('tags key sentence %i of the fixed corpus exactly', (index) => {
    const { text, spans } = parseMarkup(newsCorpus[index] ?? '');
    expect(named(text, extractor.extract(text))).toEqual(named(text, spans));
  });
});
