/** Turns gold corpora into tagger inputs, and scores a tagger on them token by token. */
import { spansToLabels, labelsToSpans } from '../labels';
import { type Gazetteer } from '../gazetteer';
import { sentenceView, tagDocument, TaggerScratch, type Scorer } from '../tagger';
import { type GoldDocument, type GoldSentence } from './corpus';
import { sentenceStyle } from '../features';
import { SpanScorer } from './evaluate';
import { type TrainingDocument } from './perceptron';

export const toTrainingDocuments = (documents: readonly GoldDocument[]): TrainingDocument[] =>
  documents.map((document) =>
    document.map((sentence) => ({
      view: sentenceView(sentence.tokens),
      gold: spansToLabels(sentence.tokens.length, sentence.spans),
    })),
  );

/** Scores on the corpus's own tokens (the usual CoNLL way). */
export const scoreOnTokens = (
  scorer: Scorer,
  gazetteer: Gazetteer,
  documents: readonly TrainingDocument[],
): SpanScorer => {
  const result = new SpanScorer();
  const scratch = new TaggerScratch();
  for (const document of documents) {
    const labels = tagDocument(
      scorer,
      gazetteer,
      document.map((s) => s.view),
      scratch,
    );
    document.forEach((sentence, i) => {
      const toSpan = (s: { first: number; end: number; type: number }) => ({
        start: s.first,
        end: s.end,
        type: s.type,
      });
      result.add(
        labelsToSpans(sentence.gold).map(toSpan),
        labelsToSpans(labels[i] ?? new Uint8Array()).map(toSpan),
      );
    });
  }
  return result;
};

export const shuffled = <T>(items: readonly T[], random: () => number): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

/** Words written in lowercase at least `minCount` times in the corpora (letters only). */
export const lowercaseVocabulary = (documents: readonly GoldDocument[], minCount = 3): string[] => {
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const sentence of document) {
      for (const token of sentence.tokens) {
        if (/^\p{Ll}[\p{Ll}'-]*$/u.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([word]) => word)
    .sort();
};

const smallWords = new Set('a an and as at by for from in into of on or the to with vs'.split(' '));

/** "JAPAN GET LUCKY WIN" -> "Japan Get Lucky Win"; short names inside entities keep their capitals. */
const titleCase = (sentence: GoldSentence): GoldSentence => {
  const inEntity = new Set<number>();
  for (const span of sentence.spans) for (let i = span.first; i < span.end; i += 1) inEntity.add(i);
  const tokens = sentence.tokens.map((token, i) => {
    if (!/^\p{Lu}[\p{Lu}'-]*$/u.test(token)) return token;
    if (inEntity.has(i) && token.length <= 4) return token;
    const lower = token.toLowerCase();
    if (i > 0 && smallWords.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
  return { tokens, spans: sentence.spans };
};

/**
 * Rewrites a share of the all-capitals headlines in title case, labels unchanged: the news data
 * has almost no title-case headlines ("South Korea's Costly Gamble"), but articles do.
 */
export const titleCaseHeadlines = (
  documents: readonly GoldDocument[],
  random: () => number,
  share: number,
): GoldDocument[] =>
  documents.map((document) =>
    document.map((sentence) =>
      sentenceStyle(sentence.tokens) === 1 && random() < share ? titleCase(sentence) : sentence,
    ),
  );
