import { describe, expect, it } from 'vitest';
import { documentVotes, unpackVote } from './documentVotes';
import { spansToLabels } from './labels';
import { sentenceView } from './tagger';

const PER = 0;
const ORG = 1;
const LOC = 2;

/** A sentence of words with the first pass's spans, as [first, end, type]. */
const sentence = (words: string, spans: [number, number, number][] = []) => {
  const tokens = words.split(' ');
  return {
    view: sentenceView(tokens),
    labels: spansToLabels(
      tokens.length,
      spans.map(([first, end, type]) => ({ first, end, type })),
    ),
  };
};

const votesFor = (sentences: ReturnType<typeof sentence>[]) =>
  documentVotes(
    sentences.map((s) => s.view),
    sentences.map((s) => s.labels),
  );

describe('document votes for the second pass', () => {
  it('gives a mention the label its other mentions got, before and after it', () => {
    const votes = votesFor([
      sentence('Essex beat Kent by six wickets', [
        [0, 1, ORG],
        [2, 3, ORG],
      ]),
      sentence('Rain fell in Kent all day', [[3, 4, LOC]]),
      sentence('Kent will need to bat well', [[0, 1, ORG]]),
    ]);
    const kent = votes[1]?.[3] ?? 0;
    expect(unpackVote(kent)).toEqual({ others: ORG + 1, own: LOC + 1, unanimous: 1, several: 1 });
    // The two sentences that agree with the rest of the article are not tagged again.
    expect(votes[0]).toBeUndefined();
    expect(votes[2]).toBeUndefined();
  });

  it('says when the other mentions were split, and ignores lowercase words', () => {
    const votes = votesFor([
      sentence('Jordan met Jordan officials', [
        [0, 1, PER],
        [2, 3, LOC],
      ]),
      sentence('Jordan spoke later', [[0, 1, PER]]),
      sentence('a jordan river tour'),
    ]);
    // For the place mention, two others were people: the vote is PER, unanimous.
    expect(unpackVote(votes[0]?.[2] ?? 0)).toEqual({
      others: PER + 1,
      own: LOC + 1,
      unanimous: 1,
      several: 1,
    });
    // For each person mention the others were one person and one place: split, a tie kept as PER.
    expect(votes[1]).toBeUndefined();
    expect(votes[2]).toBeUndefined();
  });

  it('reads a name as a whole, and tells a word left out what names spelled like it were', () => {
    const votes = votesFor([
      sentence('First Chicago bought a bank in Chicago', [
        [0, 2, ORG],
        [6, 7, LOC],
      ]),
      sentence('Chicago rose in trading', [[0, 1, LOC]]),
      sentence('Analysts said Deportivo played well'),
      sentence('Deportivo won again', [[0, 1, ORG]]),
    ]);
    // "First Chicago" and "Chicago" are different names: no vote between them.
    expect(votes[0]).toBeUndefined();
    expect(votes[1]).toBeUndefined();
    expect(unpackVote(votes[2]?.[2] ?? 0)).toEqual({
      others: ORG + 1,
      own: 5,
      unanimous: 1,
      several: 0,
    });
    // The name itself hears nothing from a word tagged outside.
    expect(votes[3]).toBeUndefined();
  });

  it('gives nothing to a name mentioned once', () => {
    expect(votesFor([sentence('Comelf raised output', [[0, 1, ORG]])])).toEqual([undefined]);
  });
});
