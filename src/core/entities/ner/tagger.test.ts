import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer';
import { hashString, mix, mix3 } from './hash';
import { labelNames } from './labels';
import { sentenceView, tagDocument, type Scorer } from './tagger';
import { T } from './templates';
import { transitionTableSize } from './viterbi';

const label = (name: string): number => labelNames().indexOf(name);
const ORG = 2; // vote values: 1 + type index
const LOC = 3;

/**
 * A scorer written by hand: the word before "won" or "lost" is an organisation, the word before
 * "drew" a place, and, only when it is given, the vote "the other mentions were organisations"
 * outweighs the latter.
 */
const handScorer = (voteWeight: number): Scorer => {
  const weights = new Map<number, [number, number]>([
    [mix(T.FoldNext, hashString('won')), [label('U-ORG'), 1]],
    [mix(T.FoldNext, hashString('lost')), [label('U-ORG'), 1]],
    [mix(T.FoldNext, hashString('drew')), [label('U-LOC'), 1]],
    [mix3(T.DocVote, ORG, LOC), [label('U-ORG'), voteWeight]],
  ]);
  return {
    transitions: new Float64Array(transitionTableSize),
    addWeights(key, out, base) {
      const weight = weights.get(key);
      if (weight) out[base + weight[0]] = (out[base + weight[0]] ?? 0) + weight[1];
    },
  };
};

const report = ['Kent won again .', 'Then Kent lost .', 'Later Kent drew .'].map((line) =>
  sentenceView(line.split(' ')),
);
const kentLabels = (scorer: Scorer): string[] =>
  tagDocument(scorer, new Gazetteer([]), report).map(
    (labels, s) => labelNames()[labels[s === 0 ? 0 : 1] ?? 0] ?? '',
  );

describe('the second pass over a document', () => {
  it('tags again a name its other mentions, before and after it, voted otherwise', () => {
    // Without a weight for the vote, the third "Kent" stays what its sentence alone says.
    expect(kentLabels(handScorer(0))).toEqual(['U-ORG', 'U-ORG', 'U-LOC']);
    // With one, the second pass follows the two organisation mentions.
    expect(kentLabels(handScorer(5))).toEqual(['U-ORG', 'U-ORG', 'U-ORG']);
  });
});
