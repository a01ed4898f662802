/**
 * Feature extraction, shared by training and tagging so both see exactly the same keys. A
 * feature is a 32-bit key: a template id mixed with hashes of the strings it reads.
 */
import { type Gazetteer } from './gazetteer';
import { hashString, mix, mix3 } from './hash';
import { T } from './templates';
import { unpackVote } from './documentVotes';
import { historyShare, lastLabel, outside } from './history';
import {
  caseClass,
  clusterPrefix,
  describeWord,
  pushWordFeatures,
  type WordInfo,
  type WordTable,
} from './words';

/** Everything the extractor reads about one sentence, computed once per token. */
export interface SentenceView {
  /** Normalised tokens (see normalize.ts). */
  tokens: readonly string[];
  /** Folded tokens: lowercase, digits as 0. */
  folded: readonly string[];
}

/** Growable buffer of keys, `offsets[i]..offsets[i + 1]` for token i. */
export class FeatureBuffer {
  keys = new Uint32Array(4096);
  offsets = new Int32Array(257);
  length = 0;
  /** Each token's word, as the last sentence's features read it. */
  words: WordInfo[] = [];

  reset(tokenCount: number): void {
    if (this.offsets.length < tokenCount + 1) this.offsets = new Int32Array(tokenCount * 2 + 1);
    this.length = 0;
    this.words.length = tokenCount;
  }

  push(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length] = key;
    this.length += 1;
  }
}

const startHash = hashString('<S>');
const endHash = hashString('</S>');

export { caseClass } from './words';

/**
 * How a sentence is cased: 0 ordinary, 1 mostly capitals (a CoNLL headline), 2 title case ("South
 * Korea's Costly Gamble"). In the last two a capital says little about names.
 */
export const sentenceStyle = (tokens: readonly string[]): number => {
  let letters = 0;
  let caps = 0;
  let longWords = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.length < 2 || !/\p{L}/u.test(token)) continue;
    letters += 1;
    if (token === token.toUpperCase()) caps += 1;
    if (token.length < 4) continue;
    longWords += 1;
    if (caseClass(token) >= 2) capitalised += 1;
  }
  if (letters >= 2 && caps * 2 > letters) return 1;
  return longWords >= 3 && capitalised === longWords ? 2 : 0;
};

/** Token i is where a sentence starts (after quotes or brackets, or a colon), so its capital says little. */
export const isInitial = (tokens: readonly string[], i: number): boolean => {
  if (i > 0 && tokens[i - 1] === ':') return true;
  for (let j = i - 1; j >= 0; j -= 1) if (/[\p{L}\p{Nd}]/u.test(tokens[j] ?? '')) return false;
  return true;
};

/** The document-level evidence the features read (document.ts's DocumentContext gives it). */
export interface DocumentEvidence {
  /** How the word is cased elsewhere in the article (bits: lowercase, Capitalised, ALL CAPS). */
  casingOf(folded: string): number;
  /** The label last given to this word in the document (0 when none or it is lowercase). */
  historyOf(folded: string, cls: number): number;
}

/** Where the word-level part of the features comes from (see words.ts). */
export interface WordSource {
  /** Distinct words seen so far: each word is described once, not at each occurrence. */
  words?: WordTable;
  /**
   * Leave the word-only features out of `out`, the tagger adding their summed scores from the
   * word table instead (`out.words` holds each token's WordInfo). Training wants every key.
   */
  withoutWordFeatures?: boolean;
  /**
   * Each token's document history as a first pass saw it (DocumentContext.historyFor), for the
   * second pass, which must not read the labels of sentences after it as "earlier".
   */
  history?: ArrayLike<number>;
  /** Each token's packed vote of the whole article (documentVotes.ts), second pass only. */
  votes?: ArrayLike<number>;
}

/**
 * Writes the features of every token of `view` into `out`. `doc` supplies the document-level
 * evidence (earlier labels of the same word, its casing elsewhere in the article).
 */
export const extractFeatures = (
  view: SentenceView,
  doc: DocumentEvidence,
  gazetteer: Gazetteer,
  out: FeatureBuffer,
  { words, withoutWordFeatures = false, history: seenHistory, votes }: WordSource = {},
): void => {
  const { tokens, folded } = view;
  const n = tokens.length;
  out.reset(n);
  const infos = out.words;
  const fold = new Array<number>(n);
  const short = new Array<number>(n);
  const cases = new Array<number>(n);
  const history = new Array<number>(n);
  const cluster = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const token = tokens[i] ?? '';
    const text = folded[i] ?? '';
    const info = words ? words.info(gazetteer, token, text) : describeWord(gazetteer, token, text);
    infos[i] = info;
    fold[i] = info.fold;
    short[i] = info.short;
    cases[i] = info.caseClass;
    history[i] = seenHistory ? (seenHistory[i] ?? 0) : doc.historyOf(text, info.caseClass);
    cluster[i] = info.cluster;
  }
  const push = (key: number): void => out.push(key);
  const style = sentenceStyle(tokens);
  // Runs of capitalised tokens ("Asia Society Policy Institute"): every token of a run sees its
  // first and last word and the words around it, where the type of a name usually shows.
  const runStart = new Array<number>(n);
  const runEnd = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    runStart[i] =
      i > 0 && (cases[i] ?? 0) >= 2 && (cases[i - 1] ?? 0) >= 2 ? (runStart[i - 1] ?? i) : i;
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    runEnd[i] =
      i + 1 < n && (cases[i] ?? 0) >= 2 && (cases[i + 1] ?? 0) >= 2 ? (runEnd[i + 1] ?? i) : i;
  }
  const gazetteerHits = gazetteer.match(folded, (i) => infos[i]?.phrase ?? 0);
  const at = (values: number[], i: number): number =>
    i < 0 ? startHash : i >= n ? endHash : (values[i] ?? 0);

  for (let i = 0; i < n; i += 1) {
    out.offsets[i] = out.length;
    const f = fold[i] ?? 0;
    const s = short[i] ?? 0;
    const c = cases[i] ?? 0;
    const initial = isInitial(tokens, i);
    if (!withoutWordFeatures) pushWordFeatures(infos[i] as WordInfo, push);
    out.push(mix(T.FoldPrev, at(fold, i - 1)));
    out.push(mix(T.FoldNext, at(fold, i + 1)));
    out.push(mix(T.FoldPrev2, at(fold, i - 2)));
    out.push(mix(T.FoldNext2, at(fold, i + 2)));
    out.push(mix3(T.BigramPrev, at(fold, i - 1), f));
    out.push(mix3(T.BigramNext, f, at(fold, i + 1)));
    out.push(mix3(T.ShapeWindow, mix(at(short, i - 1), s), at(short, i + 1)));
    out.push(mix3(T.ShapePrev, at(short, i - 1), s));
    out.push(mix3(T.ShapeNext, s, at(short, i + 1)));
    out.push(mix3(T.PrevWordShape, at(fold, i - 1), s));
    out.push(mix3(T.ShapeNextWord, s, at(fold, i + 1)));
    out.push(mix3(T.Initial, initial ? 1 : 0, s));
    out.push(mix3(T.CapsSentence, style, s));
    const text = folded[i] ?? '';
    for (const bits of [8, 12]) {
      out.push(mix(T.ClusterPrev, i > 0 ? clusterPrefix(cluster[i - 1] ?? -1, bits) : -2));
      out.push(mix(T.ClusterNext, i + 1 < n ? clusterPrefix(cluster[i + 1] ?? -1, bits) : -2));
    }
    const context = style * 2 + (initial ? 1 : 0);
    // A word no list knows, capitalised in a title or at a sentence start, is likely a name.
    if ((gazetteerHits[i] ?? []).length === 0) {
      out.push(mix3(T.Unlisted, context, c));
      // An unlisted compound is read by its head, its last part: "Indo-Pacific" by "Pacific".
      const hyphen = text.lastIndexOf('-');
      if (hyphen > 0 && hyphen < text.length - 1) {
        for (const hit of gazetteer.match([text.slice(hyphen + 1)])[0] ?? []) {
          out.push(mix3(T.GazetteerHead, hit >> 2, c));
        }
      }
    }
    for (const hit of gazetteerHits[i] ?? []) {
      out.push(mix3(T.Gazetteer, hit, c));
      // A dictionary word in a title or at a sentence start is rarely a name.
      if (context > 0) out.push(mix3(T.GazetteerStyle, hit, context));
    }
    for (const hit of gazetteerHits[i - 1] ?? []) out.push(mix3(T.GazetteerPrev, hit, c));
    for (const hit of gazetteerHits[i + 1] ?? []) out.push(mix3(T.GazetteerNext, hit, c));
    const seen = lastLabel(history[i] ?? 0);
    if (seen > 0) {
      out.push(mix(T.History, seen));
      out.push(mix3(T.HistoryShape, seen, s));
      for (let value = 1; value <= outside; value += 1) {
        const share = historyShare(history[i] ?? 0, value);
        if (share > 0) out.push(mix3(T.HistoryShare, value, share));
      }
    }
    const before = i > 0 ? lastLabel(history[i - 1] ?? 0) : 0;
    if (before > 0) out.push(mix3(T.HistoryPrev, before, c));
    const after = i + 1 < n ? lastLabel(history[i + 1] ?? 0) : 0;
    if (after > 0) out.push(mix3(T.HistoryNext, after, c));
    // In titles and headlines every word is capitalised, so runs say nothing there.
    if (c >= 2 && style === 0) {
      const first = runStart[i] ?? i;
      const last = runEnd[i] ?? i;
      const length = Math.min(last - first + 1, 4);
      out.push(mix3(T.ChunkFirst, length, at(fold, first)));
      out.push(mix3(T.ChunkLast, length, at(fold, last)));
      out.push(mix3(T.ChunkBefore, style, at(fold, first - 1)));
      out.push(mix3(T.ChunkAfter, style, at(fold, last + 1)));
      out.push(
        mix3(
          T.ChunkShape,
          length * 8 + Math.min(i - first, 3),
          mix(at(fold, first - 1), at(fold, last)),
        ),
      );
      // The other words of the run ("Forces" in "U.S. Forces Korea" says organisation).
      if (last - first < 6) {
        for (let j = first; j <= last; j += 1) {
          if (j === i) continue;
          out.push(mix(T.ChunkWord, at(fold, j)));
          for (const hit of gazetteerHits[j] ?? []) {
            out.push(mix3(T.ChunkGazetteer, hit >> 2, j < i ? 0 : 1));
          }
        }
      }
    }
    const vote = votes?.[i] ?? 0;
    if (vote > 0) {
      const { others, own, unanimous, several } = unpackVote(vote);
      out.push(mix3(T.DocVote, others, own));
      out.push(mix3(T.DocVoteShape, others, s));
      out.push(
        mix3(T.DocVoteAgree, others * 8 + own, unanimous * 4 + several * 2 + (seen > 0 ? 1 : 0)),
      );
      out.push(mix3(T.DocVoteStyle, others * 8 + own, style));
    }
    if (c >= 2) {
      const position = style > 0 ? 2 : initial ? 1 : c === 3 ? 3 : 0;
      out.push(mix3(T.DocCasing, position, doc.casingOf(text)));
    }
  }
  out.offsets[n] = out.length;
};
