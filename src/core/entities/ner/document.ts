/**
 * Document-level evidence for the tagger: how a word is cased elsewhere in the article (a
 * sentence-initial "Finance" that appears as "finance" mid-sentence is probably no name) and the
 * label the tagger gave the same word earlier ("Trump" after "Donald Trump").
 */
import {
  caseClass,
  isInitial,
  sentenceStyle,
  type DocumentEvidence,
  type SentenceView,
} from './features';
import { outside, packHistory } from './history';
import { typeOf } from './labels';

export class DocumentContext implements DocumentEvidence {
  private readonly casing = new Map<string, number>();
  private readonly history = new Map<string, number>();
  /** Per word, how often each history value was given so far (index 1 + type, or outside). */
  private readonly tallies = new Map<string, number[]>();

  /** Reads the casing of every word of the document; mid-sentence, non-headline uses only. */
  constructor(sentences: readonly SentenceView[]) {
    for (const { tokens, folded } of sentences) {
      if (sentenceStyle(tokens) > 0) continue;
      for (let i = 0; i < tokens.length; i += 1) {
        const cls = caseClass(tokens[i] ?? '');
        if (cls === 0 || isInitial(tokens, i)) continue;
        const key = folded[i] ?? '';
        // bit 1: seen lowercase, bit 2: seen Capitalised, bit 4: seen ALL CAPS
        const bit = cls === 1 ? 1 : cls === 2 ? 2 : 4;
        this.casing.set(key, (this.casing.get(key) ?? 0) | bit);
      }
    }
  }

  casingOf(folded: string): number {
    return this.casing.get(folded) ?? 0;
  }

  /**
   * The label last given to this word in the document (0 when none or it is lowercase), with
   * the share of each label given to it so far (`packHistory`): one odd "place" among three
   * "organisation" mentions should not outweigh them just because it came last.
   */
  historyOf(folded: string, cls: number): number {
    if (cls < 2) return 0;
    const last = this.history.get(folded) ?? 0;
    return last === 0 ? 0 : packHistory(last, this.tallies.get(folded) ?? []);
  }

  /** Each token's history (`historyOf`), as the features read it now. */
  historyFor(view: SentenceView): Uint16Array {
    const history = new Uint16Array(view.tokens.length);
    for (let i = 0; i < view.tokens.length; i += 1) {
      history[i] = this.historyOf(view.folded[i] ?? '', caseClass(view.tokens[i] ?? ''));
    }
    return history;
  }

  /** Remembers the labels the tagger chose for a sentence, for the sentences after it. */
  record(view: SentenceView, labels: ArrayLike<number>): void {
    for (let i = 0; i < view.tokens.length; i += 1) {
      if (caseClass(view.tokens[i] ?? '') < 2) continue;
      const label = labels[i] ?? 0;
      const key = view.folded[i] ?? '';
      const value = label === 0 ? outside : typeOf(label) + 1;
      this.history.set(key, value);
      let tally = this.tallies.get(key);
      if (!tally) {
        tally = [0, 0, 0, 0, 0, 0];
        this.tallies.set(key, tally);
      }
      tally[value] = (tally[value] ?? 0) + 1;
    }
  }
}
