/**
 * Exact-match span scoring (start, end and type must all agree), per type and micro-averaged,
 * with PER + ORG + LOC as the headline figure and MISC reported on its own.
 */
import { entityTags } from '../labels';
import type { Span } from '../../../../shared/span';

export interface TypedSpan extends Span {
  type: number;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

export class SpanScorer {
  readonly counts: Counts[] = entityTags.map(() => ({
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
  }));

  /** Adds one unit (a document or sentence) of gold and predicted spans. */
  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const span of predicted) {
      const counts = this.counts[span.type];
      if (!counts) continue;
      if (goldKeys.has(key(span))) counts.truePositives += 1;
      else counts.falsePositives += 1;
    }
    for (const span of gold) {
      const counts = this.counts[span.type];
      if (counts && !predictedKeys.has(key(span))) counts.falseNegatives += 1;
    }
  }

  scores(types: readonly number[]): Scores {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const type of types) {
      const counts = this.counts[type];
      if (!counts) continue;
      tp += counts.truePositives;
      fp += counts.falsePositives;
      fn += counts.falseNegatives;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, gold: tp + fn };
  }

  /** PER + ORG + LOC micro-averaged: the figure the targets use. */
  headline(): Scores {
    return this.scores([0, 1, 2]);
  }
}

const pct = (value: number): string => (value * 100).toFixed(1).padStart(5);

/** One report line per row: per type, PER+ORG+LOC micro, and all four. */
export const formatScores = (label: string, scorer: SpanScorer): string[] => {
  const rows: [string, number[]][] = [
    ...entityTags.map((tag, i): [string, number[]] => [tag, [i]]),
    ['PER+ORG+LOC', [0, 1, 2]],
    ['all four', [0, 1, 2, 3]],
  ];
  return rows.map(([name, types]) => {
    const s = scorer.scores(types);
    return `${label.padEnd(34)} ${name.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.gold} gold)`;
  });
};
