/**
 * What the tagger reads from a word alone: its hashes, shapes, casing, cluster, and the
 * features that depend on nothing else. News repeats its words, so the tagger keeps these per
 * distinct word (`WordTable`), with the word's own features already summed into label scores:
 * a word seen before costs one look-up instead of about twenty.
 */
import { type Gazetteer } from './gazetteer';
import { hashRange, hashString, mix, mix3 } from './hash';
import { labelCount } from './labels';
import { T } from './templates';

/** Turns feature keys into label scores (the tagger's Scorer, seen from here). */
interface WeightSource {
  addWeights(key: number, out: Float64Array, base: number): void;
}

/**
 * The cluster of a folded token; a hyphenated word the clusters lack takes its last part's
 * ("indo-pacific" as "pacific"), as the head of an English compound is at its end.
 */
const clusterOf = (gazetteer: Gazetteer, folded: string): number => {
  const id = gazetteer.clusters.of(folded);
  const hyphen = folded.lastIndexOf('-');
  if (id >= 0 || hyphen <= 0 || hyphen === folded.length - 1) return id;
  return gazetteer.clusters.of(folded.slice(hyphen + 1));
};

/** Cluster id prefixes of 4, 8 and 12 bits, with the bit count, as one number; -1 unknown. */
export const clusterPrefix = (id: number, bits: number): number =>
  id < 0 ? -1 : (id >> (12 - bits)) * 16 + bits;

const letter = /\p{L}/u;

/** "Xxxxx" shapes: runs capped at four ("Xxxx"), and the short form with runs of one ("Xx"). */
const shapes = (token: string): [string, string] => {
  let long = '';
  let short = '';
  let previous = '';
  let run = 0;
  for (const ch of token) {
    const cls =
      ch >= '0' && ch <= '9'
        ? 'd'
        : ch !== ch.toLowerCase()
          ? 'X'
          : ch !== ch.toUpperCase()
            ? 'x'
            : letter.test(ch)
              ? 'x'
              : ch;
    run = cls === previous ? run + 1 : 1;
    if (run <= 4) long += cls;
    if (run === 1) short += cls;
    previous = cls;
  }
  return [long, short];
};

/** 0 other, 1 lowercase word, 2 Capitalised, 3 ALL CAPS (two letters or more). */
export const caseClass = (token: string): number => {
  const first = token[0] ?? '';
  if (first === first.toLowerCase()) return first === first.toUpperCase() ? 0 : 1;
  return token.length > 1 && token === token.toUpperCase() && /\p{L}.*\p{L}/u.test(token) ? 3 : 2;
};

/** One distinct word (a normalised token) as the features read it. */
export interface WordInfo {
  readonly token: string;
  readonly folded: string;
  readonly word: number;
  readonly fold: number;
  /** Hashes of the long and the short shape. */
  readonly shape: number;
  readonly short: number;
  readonly caseClass: number;
  /** Its word cluster, -1 when it has none. */
  readonly cluster: number;
  /** The gazetteer's value for the word alone (Gazetteer.valueOf). */
  readonly phrase: number;
  /** The word's own features summed per label under `scoredBy` (see WordTable). */
  scores?: Float64Array;
  scoredBy?: WeightSource;
}

export const describeWord = (gazetteer: Gazetteer, token: string, folded: string): WordInfo => {
  const [long, brief] = shapes(token);
  return {
    token,
    folded,
    word: hashString(token),
    fold: hashString(folded),
    shape: hashString(long),
    short: hashString(brief),
    caseClass: caseClass(token),
    cluster: clusterOf(gazetteer, folded),
    phrase: gazetteer.valueOf(folded),
  };
};

/** The keys of the features that read the word alone, whatever its sentence. */
export const pushWordFeatures = (info: WordInfo, push: (key: number) => void): void => {
  const { folded: text, short, cluster } = info;
  push(mix(T.Bias, 0));
  push(mix(T.Word, info.word));
  push(mix(T.Fold, info.fold));
  push(mix(T.Shape, info.shape));
  push(mix(T.ShortShape, short));
  push(mix(T.Length, Math.min(info.token.length, 12)));
  for (let k = 1; k <= 4 && k < text.length; k += 1) {
    push(mix3(T.Prefix, k, hashRange(text, 0, k)));
    push(mix3(T.Suffix, k, hashRange(text, text.length - k, text.length)));
  }
  for (const bits of [4, 8, 12]) push(mix(T.Cluster, clusterPrefix(cluster, bits)));
  push(mix3(T.ClusterShape, clusterPrefix(cluster, 8), short));
};

/** Words kept at most; past it the table starts again (a long book has many rare words). */
const tableLimit = 50_000;

/**
 * Distinct words of the texts tagged so far, each with its `WordInfo` and, once the tagger
 * asked, the summed label scores of its word-only features under one set of weights.
 */
export class WordTable {
  private readonly words = new Map<string, WordInfo>();
  private gazetteer: Gazetteer | undefined;

  info(gazetteer: Gazetteer, token: string, folded: string): WordInfo {
    if (gazetteer !== this.gazetteer || this.words.size >= tableLimit) {
      this.words.clear();
      this.gazetteer = gazetteer;
    }
    let info = this.words.get(token);
    if (!info) {
      info = describeWord(gazetteer, token, folded);
      this.words.set(token, info);
    }
    return info;
  }

  /** The word's own features scored by `weights`, `labelCount` values. */
  wordScores(info: WordInfo, weights: WeightSource): Float64Array {
    if (!info.scores || info.scoredBy !== weights) {
      const sums = new Float64Array(labelCount);
      pushWordFeatures(info, (key) => weights.addWeights(key, sums, 0));
      info.scores = sums;
      info.scoredBy = weights;
    }
    return info.scores;
  }
}
