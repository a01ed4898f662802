import { describe, expect, it } from 'vitest';
import { DocumentContext } from './document';
import { historyShare, lastLabel } from './history';
import { spansToLabels } from './labels';
import { sentenceView } from './tagger';

const ORG = 1;
const LOC = 2;

describe('the document history of a word', () => {
  it('keeps the share of each label beside the last one', () => {
    const lines = ['Kent won', 'Kent lost', 'Kent fell', 'rain in Kent'];
    const views = lines.map((line) => sentenceView(line.split(' ')));
    const doc = new DocumentContext(views);
    const kent = (s: number) => (s === 3 ? 2 : 0);
    const types = [ORG, ORG, ORG, LOC];
    views.forEach((view, s) => {
      doc.record(
        view,
        spansToLabels(view.tokens.length, [
          { first: kent(s), end: kent(s) + 1, type: types[s] ?? 0 },
        ]),
      );
    });
    const history = doc.historyFor(sentenceView(['Kent', 'again']))[0] ?? 0;
    // The last mention was a place, but three of four were organisations.
    expect(lastLabel(history)).toBe(LOC + 1);
    expect(historyShare(history, ORG + 1)).toBe(2);
    expect(historyShare(history, LOC + 1)).toBe(1);
    // Lowercase words have no history.
    expect(doc.historyFor(sentenceView(['kent']))[0]).toBe(0);
  });
});
