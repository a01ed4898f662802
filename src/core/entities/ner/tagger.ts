/**
 * The tagging loop shared by training and the app: sentence by sentence through a document,
 * features -> emission scores -> Viterbi, remembering each sentence's labels for the next.
 */
import { DocumentContext } from './document';
import { documentVotes } from './documentVotes';
import { extractFeatures, FeatureBuffer, type SentenceView } from './features';
import { type Gazetteer } from './gazetteer';
import { labelCount } from './labels';
import { foldToken, normalizeToken } from './normalize';
import { viterbi } from './viterbi';
import { WordTable } from './words';

/** Turns feature keys into label scores: the trained weights, whatever their storage. */
export interface Scorer {
  /** `(labelCount + 1) * labelCount` transition scores, the last row for the sentence start. */
  readonly transitions: Float64Array;
  /** Adds the weights of key `key` for every label to `out[base .. base + labelCount)`. */
  addWeights(key: number, out: Float64Array, base: number): void;
}

export const sentenceView = (rawTokens: readonly string[]): SentenceView => {
  const tokens = rawTokens.map(normalizeToken);
  return { tokens, folded: tokens.map(foldToken) };
};

/** Reusable scratch space, so tagging a long article allocates little. */
export class TaggerScratch {
  readonly features = new FeatureBuffer();
  /** The words met so far, with their word-only features scored (fixed weights only). */
  readonly words = new WordTable();
  emissions = new Float64Array(256 * labelCount);

  emissionsFor(n: number): Float64Array {
    if (this.emissions.length < n * labelCount)
      this.emissions = new Float64Array(n * labelCount * 2);
    this.emissions.fill(0, 0, n * labelCount);
    return this.emissions;
  }
}

/**
 * Scores and decodes one sentence whose features are already in `scratch.features`. With
 * `wordScores`, the features were extracted without the word-only ones, whose scores the word
 * table adds (so only for weights that do not change, not while training).
 */
export const decodeSentence = (
  scorer: Scorer,
  n: number,
  scratch: TaggerScratch,
  out: Uint8Array,
  wordScores = false,
): void => {
  const emissions = scratch.emissionsFor(n);
  const { keys, offsets, words } = scratch.features;
  for (let i = 0; i < n; i += 1) {
    const base = i * labelCount;
    const end = offsets[i + 1] ?? 0;
    for (let k = offsets[i] ?? 0; k < end; k += 1) scorer.addWeights(keys[k] ?? 0, emissions, base);
    const word = words[i];
    if (wordScores && word) {
      const own = scratch.words.wordScores(word, scorer);
      for (let y = 0; y < labelCount; y += 1) {
        emissions[base + y] = (emissions[base + y] ?? 0) + (own[y] ?? 0);
      }
    }
  }
  viterbi(n, emissions, scorer.transitions, out);
};

/**
 * Labels every sentence of one document, in order, then tags again the sentences where a name's
 * label disagrees with its other mentions across the article (documentVotes.ts). `adjust` may
 * rewrite a sentence's labels before the document context remembers them (the extractor's
 * rules; training passes none).
 */
export const tagDocument = (
  scorer: Scorer,
  gazetteer: Gazetteer,
  views: readonly SentenceView[],
  scratch = new TaggerScratch(),
  adjust?: (view: SentenceView, labels: Uint8Array) => void,
): Uint8Array[] => {
  const doc = new DocumentContext(views);
  const histories: Uint16Array[] = [];
  const tag = (view: SentenceView, history: Uint16Array, votes?: Uint8Array): Uint8Array => {
    const labels = new Uint8Array(view.tokens.length);
    extractFeatures(view, doc, gazetteer, scratch.features, {
      words: scratch.words,
      withoutWordFeatures: true,
      history,
      votes,
    });
    decodeSentence(scorer, view.tokens.length, scratch, labels, true);
    adjust?.(view, labels);
    return labels;
  };
  const first = views.map((view) => {
    const history = doc.historyFor(view);
    histories.push(history);
    const labels = tag(view, history);
    doc.record(view, labels);
    return labels;
  });
  return documentVotes(views, first).map((votes, s) => {
    const view = views[s];
    const labels = first[s] ?? new Uint8Array();
    return votes && view ? tag(view, histories[s] ?? new Uint16Array(), votes) : labels;
  });
};
