/**
 * A small fixed corpus of news sentences written for these tests (not from any data set), with
 * gold spans in bracket markup: "[PER Angela Merkel] met ...". Predictions on it must not regress.
 */
import path from 'node:path';
import { type NameSpan, type NameType } from '../../../shared/entities';
import { loadNerModel, type NerModel } from './model';

const types: Record<string, NameType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'misc',
};

export interface GoldText {
  text: string;
  spans: NameSpan[];
}

/** Strips the markup and returns the text with its gold spans. */
export const parseMarkup = (markup: string): GoldText => {
  let text = '';
  const spans: NameSpan[] = [];
  const pattern = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]/gu;
  let last = 0;
  for (const match of markup.matchAll(pattern)) {
    text += markup.slice(last, match.index);
    const start = text.length;
    text += match[2] ?? '';
    spans.push({ start, end: text.length, type: types[match[1] ?? ''] ?? 'misc' });
    last = (match.index ?? 0) + match[0].length;
  }
  return { text: text + markup.slice(last), spans };
};

export const newsCorpus: readonly string[] = [
  '[PER Angela Merkel] met [PER Emmanuel Macron] in [LOC Paris] on Tuesday to discuss the [ORG European Union] budget.',
  'Shares of [ORG Toyota Motor Corp.] fell 3 percent in [LOC Tokyo] after the company cut its forecast.',
  '[PER Kim Jong Un] warned [LOC Washington] that [LOC North Korea] would answer any [MISC American] provocation.',
  'The [ORG World Health Organization] said on Friday that cases in [LOC Brazil] and [LOC India] had doubled.',
  '“We will not back down,” [PER Boris Johnson] told reporters in [LOC London].',
  '[ORG Apple] and [ORG Microsoft] reported higher profits, while [ORG Intel]’s shares slipped.',
  '[PER Lee Jae-myung], the opposition leader in [LOC South Korea], visited [LOC Busan] on Monday.',
  'Prime Minister [PER Narendra Modi] will travel to [LOC Moscow] next week, the [ORG Foreign Ministry] said.',
  '[ORG NATO] Secretary-General [PER Jens Stoltenberg] praised [LOC Poland] for raising its defence spending.',
  'The [ORG Federal Reserve] kept interest rates unchanged, [PER Jerome Powell] said in [LOC Washington].',
  'Fighting continued near [LOC Kharkiv] as [MISC Ukrainian] forces pushed back [MISC Russian] troops.',
  '[ORG Reuters] reported that [PER Xi Jinping] and [PER Joe Biden] spoke by phone for two hours.',
  'Floods in [LOC Pakistan] have killed more than 1,100 people, the [ORG United Nations] said.',
  '[ORG Manchester United] beat [ORG Chelsea] 2-1 at [LOC Old Trafford] on Saturday.',
  '[PER Elon Musk] said [ORG Tesla] would build a new factory near [LOC Berlin].',
  'Gen. [PER Mark Milley] told the [ORG Pentagon] press corps that [ORG Hamas] had rejected the truce.',
];

/** The model in resources/ner, loaded once per test file. */
export const shippedModelPath = path.resolve(__dirname, '../../../../resources/ner/model.bin');

let model: NerModel | undefined;

export const shippedModel = (): NerModel => (model ??= loadNerModel(shippedModelPath));
