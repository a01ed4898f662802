/**
 * The name extractor the entity pipeline calls: text in, typed spans with UTF-16 offsets out.
 */
import { type NameSpan, type NameType } from '../../../shared/entities';
import { type NameExtractor } from '../types';
import { labelsToSpans } from './labels';
import { type NerModel } from './model';
import { applyNameRules } from './rules';
import { sentenceView, tagDocument, TaggerScratch } from './tagger';
import { splitSentences, tokenize } from './tokenize';

/** Model types in `entityTags` order: PER, ORG, LOC, MISC. */
const nameTypes: readonly NameType[] = ['person', 'organization', 'place', 'misc'];

export const createNerExtractor = (model: NerModel): NameExtractor => {
  const scratch = new TaggerScratch();
  return {
    name: 'gloss-ner',
    exactSpans: true,
    extract(text: string): NameSpan[] {
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      const views = sentences.map((s) =>
        sentenceView(tokens.slice(s.first, s.end).map((t) => t.text)),
      );
      const labels = tagDocument(model.weights, model.gazetteer, views, scratch, (view, tags) =>
        applyNameRules(view, tags, model.gazetteer),
      );
      const spans: NameSpan[] = [];
      sentences.forEach((sentence, i) => {
        for (const span of labelsToSpans(labels[i] ?? new Uint8Array())) {
          const first = tokens[sentence.first + span.first];
          const last = tokens[sentence.first + span.end - 1];
          const type = nameTypes[span.type];
          if (first && last && type) spans.push({ start: first.start, end: last.end, type });
        }
      });
      return spans;
    },
  };
};
