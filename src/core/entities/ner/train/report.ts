/** The development report `npm run train:ner` prints: ours and compromise on each dev set. */
import { createNerExtractor } from '../extractor';
import { type NerModel } from '../model';
import { compromiseSpans } from './baseline';
import { type GoldDocument } from './corpus';
import { scoreOnTokens, toTrainingDocuments } from './data';
import { formatScores, SpanScorer, type TypedSpan } from './evaluate';
import { toRawDocument } from './rawText';

export interface DevSet {
  name: string;
  documents: GoldDocument[];
}

const typeIndex = { person: 0, organization: 1, place: 2, misc: 3 } as const;

const scoreRaw = (
  documents: readonly GoldDocument[],
  tag: (text: string) => TypedSpan[],
  headlineOnly: boolean,
): { scorer: SpanScorer; chars: number; ms: number } => {
  const scorer = new SpanScorer();
  let chars = 0;
  let ms = 0;
  for (const document of documents) {
    const raw = toRawDocument(document);
    chars += raw.text.length;
    const start = performance.now();
    const predicted = tag(raw.text);
    ms += performance.now() - start;
    scorer.add(headlineOnly ? raw.gold.filter((s) => s.type < 3) : raw.gold, predicted);
  }
  return { scorer, chars, ms };
};

export interface DevResult {
  name: string;
  ours: SpanScorer;
  oursRaw: SpanScorer;
  compromise: SpanScorer;
}

/** Scores the model three ways on each set and returns the printable lines. */
export const developmentReport = (
  model: NerModel,
  sets: readonly DevSet[],
): { lines: string[]; results: DevResult[] } => {
  const extractor = createNerExtractor(model);
  const lines: string[] = [];
  const results: DevResult[] = [];
  for (const set of sets) {
    const ours = scoreOnTokens(model.weights, model.gazetteer, toTrainingDocuments(set.documents));
    const raw = scoreRaw(
      set.documents,
      (text) => extractor.extract(text).map((s) => ({ ...s, type: typeIndex[s.type] })),
      false,
    );
    const baseline = scoreRaw(set.documents, compromiseSpans, true);
    lines.push(
      ...formatScores(`gloss-ner ${set.name} (gold tokens)`, ours),
      ...formatScores(`gloss-ner ${set.name} (raw text)`, raw.scorer),
      ...formatScores(`compromise ${set.name} (raw text)`, baseline.scorer),
      `  speed on ${set.name}: gloss-ner ${Math.round(raw.chars / (raw.ms / 1000))} chars/s, compromise ${Math.round(baseline.chars / (baseline.ms / 1000))} chars/s`,
      '',
    );
    results.push({ name: set.name, ours, oursRaw: raw.scorer, compromise: baseline.scorer });
  }
  return { lines, results };
};
