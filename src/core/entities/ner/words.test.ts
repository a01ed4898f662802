import { describe, expect, it } from 'vitest';
import { DocumentContext } from './document';
import { extractFeatures } from './features';
import { Gazetteer, phraseKey } from './gazetteer';
import { mix } from './hash';
import { labelCount } from './labels';
import { decodeSentence, sentenceView, tagDocument, TaggerScratch, type Scorer } from './tagger';
import { newsCorpus, parseMarkup } from './testing';
import { tokenize } from './tokenize';
import { transitionTableSize } from './viterbi';
import { WordTable } from './words';

/** Weights spread over every key and label, from the key's hash: no model file needed. */
const hashedScorer = (salt: number): Scorer => ({
  transitions: new Float64Array(transitionTableSize).map(
    (_, i) => ((mix(salt, i) % 200) - 100) / 50,
  ),
  addWeights(key, out, base) {
    for (let y = 0; y < labelCount; y += 1) {
      out[base + y] = (out[base + y] ?? 0) + ((mix(key ^ salt, y) % 2001) - 1000) / 1000;
    }
  },
});

const gazetteer = new Gazetteer([
  [phraseKey('Paris'), 1],
  [phraseKey('New York'), 2],
  [phraseKey('European Union'), 4],
]);

const views = newsCorpus.map((markup) =>
  sentenceView(tokenize(parseMarkup(markup).text).map((token) => token.text)),
);

describe('the word table', () => {
  it('tags exactly as scoring every feature key of every token does', () => {
    const scorer = hashedScorer(7);
    const expected: number[][] = [];
    const doc = new DocumentContext(views);
    const scratch = new TaggerScratch();
    for (const view of views) {
      const labels = new Uint8Array(view.tokens.length);
      extractFeatures(view, doc, gazetteer, scratch.features);
      decodeSentence(scorer, view.tokens.length, scratch, labels);
      doc.record(view, labels);
      expected.push([...labels]);
    }
    const tagged = tagDocument(scorer, gazetteer, views, new TaggerScratch());
    expect(tagged.map((labels) => [...labels])).toEqual(expected);
    // Some names at all, or the comparison says little.
    expect(expected.flat().some((label) => label !== 0)).toBe(true);
  });

  it('describes a word once and scores it again for other weights', () => {
    const table = new WordTable();
    const first = table.info(gazetteer, 'Paris', 'paris');
    expect(table.info(gazetteer, 'Paris', 'paris')).toBe(first);
    expect(first.phrase).toBe(gazetteer.valueOf('paris'));
    const one = [...table.wordScores(first, hashedScorer(1))];
    const two = [...table.wordScores(first, hashedScorer(2))];
    expect(one).not.toEqual(two);
    expect(table.info(gazetteer, 'paris', 'paris')).not.toBe(first);
  });
});
