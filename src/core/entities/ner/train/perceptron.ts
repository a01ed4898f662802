/**
 * Structured averaged perceptron (Collins 2002) over the shared feature extractor and Viterbi
 * decoder. Weights live in growable dense rows, one per feature key that ever took part in an
 * update; averaging uses the usual trick of accumulating `step * update` alongside the weights.
 */
import { DocumentContext } from '../document';
import { documentVotes } from '../documentVotes';
import { extractFeatures, type SentenceView } from '../features';
import { type Gazetteer } from '../gazetteer';
import { labelCount } from '../labels';
import { decodeSentence, TaggerScratch, type Scorer } from '../tagger';
import { transitionTableSize } from '../viterbi';

const L = labelCount;

export interface TrainingSentence {
  view: SentenceView;
  gold: Uint8Array;
  /**
   * A first pass's labels for this sentence from a model that never trained on it (jackknifing,
   * see jackknife.ts): what the second pass's document votes are read from, so the trainer does
   * not learn to trust votes from labels it has memorised.
   */
  firstPass?: Uint8Array;
}

/** Each sentence's votes from the document's first-pass labels, if it has them. */
const votesOf = (document: TrainingDocument): (Uint8Array | undefined)[] => {
  const firstPass = document.map((s) => s.firstPass);
  if (firstPass.some((labels) => !labels)) return document.map(() => undefined);
  return documentVotes(
    document.map((s) => s.view),
    firstPass.map((labels) => labels ?? new Uint8Array()),
  );
};

export type TrainingDocument = TrainingSentence[];

export class PerceptronTrainer implements Scorer {
  readonly rows = new Map<number, number>();
  private weights = new Float64Array(1 << 20);
  private totals = new Float64Array(1 << 20);
  readonly transitions = new Float64Array(transitionTableSize);
  private readonly transitionTotals = new Float64Array(transitionTableSize);
  private step = 1;
  private readonly scratch = new TaggerScratch();
  private readonly predicted = new Uint8Array(4096);

  /** Keys allowed to get a weight (seen often enough in training); all when undefined. */
  private allowed: Set<number> | undefined;

  constructor(private readonly gazetteer: Gazetteer) {}

  /**
   * Keeps only features seen at least `minCount` times in the training data (counted with the
   * gold labels as document history): rare features mostly memorise single sentences.
   */
  restrictToFrequentFeatures(documents: readonly TrainingDocument[], minCount: number): number {
    const counts = new Map<number, number>();
    for (const document of documents) {
      const doc = new DocumentContext(document.map((s) => s.view));
      const votes = votesOf(document);
      for (const [s, { view, gold }] of document.entries()) {
        extractFeatures(view, doc, this.gazetteer, this.scratch.features, {
          words: this.scratch.words,
          votes: votes[s],
        });
        const { keys, length } = this.scratch.features;
        for (let k = 0; k < length; k += 1) {
          const key = keys[k] ?? 0;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        doc.record(view, gold);
      }
    }
    this.allowed = new Set();
    for (const [key, count] of counts) if (count >= minCount) this.allowed.add(key);
    return this.allowed.size;
  }

  addWeights(key: number, out: Float64Array, base: number): void {
    const row = this.rows.get(key);
    if (row === undefined) return;
    const from = row * L;
    for (let y = 0; y < L; y += 1)
      out[base + y] = (out[base + y] ?? 0) + (this.weights[from + y] ?? 0);
  }

  private rowFor(key: number): number {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size;
      this.rows.set(key, row);
      if ((row + 1) * L > this.weights.length) {
        const weights = new Float64Array(this.weights.length * 2);
        weights.set(this.weights);
        this.weights = weights;
        const totals = new Float64Array(this.totals.length * 2);
        totals.set(this.totals);
        this.totals = totals;
      }
    }
    return row;
  }

  private bump(row: number, label: number, delta: number): void {
    const index = row * L + label;
    this.weights[index] = (this.weights[index] ?? 0) + delta;
    this.totals[index] = (this.totals[index] ?? 0) + this.step * delta;
  }

  private bumpTransition(previous: number, label: number, delta: number): void {
    const index = (previous < 0 ? L : previous) * L + label;
    this.transitions[index] = (this.transitions[index] ?? 0) + delta;
    this.transitionTotals[index] = (this.transitionTotals[index] ?? 0) + this.step * delta;
  }

  /**
   * One pass over the documents; returns the number of sentences decoded wrongly. Where the
   * document has first-pass labels, the sentences with document votes are decoded (and learned
   * from) a second time with them, as the tagger does.
   */
  epoch(documents: readonly TrainingDocument[]): number {
    let mistakes = 0;
    for (const document of documents) {
      const doc = new DocumentContext(document.map((s) => s.view));
      const histories = document.map(({ view, gold }) => {
        const history = doc.historyFor(view);
        if (this.learn(view, gold, doc, history)) mistakes += 1;
        doc.record(view, this.predicted.subarray(0, view.tokens.length));
        return history;
      });
      votesOf(document).forEach((votes, s) => {
        const sentence = document[s];
        if (votes && sentence) this.learn(sentence.view, sentence.gold, doc, histories[s], votes);
      });
    }
    return mistakes;
  }

  /** Decodes one sentence into `predicted` and updates on a mistake; true when it was wrong. */
  private learn(
    view: SentenceView,
    gold: Uint8Array,
    doc: DocumentContext,
    history?: Uint16Array,
    votes?: Uint8Array,
  ): boolean {
    const n = view.tokens.length;
    const predicted = this.predicted.subarray(0, n);
    extractFeatures(view, doc, this.gazetteer, this.scratch.features, {
      words: this.scratch.words,
      history,
      votes,
    });
    decodeSentence(this, n, this.scratch, predicted);
    const wrong = !sameLabels(predicted, gold);
    if (wrong) this.update(n, gold, predicted);
    this.step += 1;
    return wrong;
  }

  private update(n: number, gold: Uint8Array, predicted: Uint8Array): void {
    const { keys, offsets } = this.scratch.features;
    for (let i = 0; i < n; i += 1) {
      const g = gold[i] ?? 0;
      const p = predicted[i] ?? 0;
      const gPrevious = i === 0 ? -1 : (gold[i - 1] ?? 0);
      const pPrevious = i === 0 ? -1 : (predicted[i - 1] ?? 0);
      if (g !== p || gPrevious !== pPrevious) {
        this.bumpTransition(gPrevious, g, 1);
        this.bumpTransition(pPrevious, p, -1);
      }
      if (g === p) continue;
      for (let k = offsets[i] ?? 0; k < (offsets[i + 1] ?? 0); k += 1) {
        const key = keys[k] ?? 0;
        if (this.allowed && !this.allowed.has(key)) continue;
        const row = this.rowFor(key);
        this.bump(row, g, 1);
        this.bump(row, p, -1);
      }
    }
  }

  /** The averaged weights: what the model ships and what development scores use. */
  averaged(): AveragedWeights {
    const count = this.rows.size;
    const weights = new Float32Array(count * L);
    for (let i = 0; i < count * L; i += 1) {
      weights[i] = (this.weights[i] ?? 0) - (this.totals[i] ?? 0) / this.step;
    }
    const transitions = new Float64Array(transitionTableSize);
    for (let i = 0; i < transitionTableSize; i += 1) {
      transitions[i] = (this.transitions[i] ?? 0) - (this.transitionTotals[i] ?? 0) / this.step;
    }
    return new AveragedWeights(new Map(this.rows), weights, transitions);
  }
}

const sameLabels = (a: Uint8Array, b: Uint8Array): boolean => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

/** Dense averaged weights, for development scoring and for writing the model. */
export class AveragedWeights implements Scorer {
  constructor(
    readonly rows: Map<number, number>,
    readonly weights: Float32Array,
    readonly transitions: Float64Array,
  ) {}

  addWeights(key: number, out: Float64Array, base: number): void {
    const row = this.rows.get(key);
    if (row === undefined) return;
    const from = row * L;
    for (let y = 0; y < L; y += 1)
      out[base + y] = (out[base + y] ?? 0) + (this.weights[from + y] ?? 0);
  }
}

/**
 * The mean of several models' weights (runs over different shuffles): smoother than any one
 * run, and no bigger than their union of features.
 */
export const averageModels = (models: readonly AveragedWeights[]): AveragedWeights => {
  const rows = new Map<number, number>();
  for (const model of models)
    for (const key of model.rows.keys()) if (!rows.has(key)) rows.set(key, rows.size);
  const weights = new Float32Array(rows.size * L);
  const transitions = new Float64Array(transitionTableSize);
  for (const model of models) {
    for (const [key, row] of model.rows) {
      const target = (rows.get(key) ?? 0) * L;
      for (let y = 0; y < L; y += 1) {
        weights[target + y] =
          (weights[target + y] ?? 0) + (model.weights[row * L + y] ?? 0) / models.length;
      }
    }
    for (let i = 0; i < transitionTableSize; i += 1) {
      transitions[i] = (transitions[i] ?? 0) + (model.transitions[i] ?? 0) / models.length;
    }
  }
  return new AveragedWeights(rows, weights, transitions);
};
