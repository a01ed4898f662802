/**
 * Readers for the training and development sets in ../shared/data/ner: CoNLL-2003 (IOB1, four
 * columns, -DOCSTART- between documents), WikiANN (IOB2, "en:" prefixes, one sentence per
 * document) and WNUT-17 (IOB2, its own type names, one post per document).
 */
import { readFileSync } from 'node:fs';
import { entityTags, iobToSpans, type TokenSpan } from '../labels';

export interface GoldSentence {
  tokens: string[];
  spans: TokenSpan[];
}

export type GoldDocument = GoldSentence[];

export type CorpusFormat = 'conll2003' | 'wikiann' | 'wnut17';

const tagIndex = (name: string): number => entityTags.indexOf(name as (typeof entityTags)[number]);

/**
 * WNUT-17 types in CoNLL terms: people and places map directly; corporations and groups (bands,
 * teams, parties) are organisations as CoNLL labels them; creative works and products are
 * closest to CoNLL's MISC (titles, product names) and are kept as MISC.
 */
const wnutTypes: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  'creative-work': 'MISC',
  product: 'MISC',
};

const typeIndexFor = (format: CorpusFormat) => (name: string) =>
  format === 'wnut17' ? tagIndex(wnutTypes[name] ?? '') : tagIndex(name);

/** Reads a corpus file into documents of sentences with gold spans. */
export const readCorpus = (path: string, format: CorpusFormat): GoldDocument[] => {
  const documents: GoldDocument[] = [];
  let document: GoldDocument = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const typeIndex = typeIndexFor(format);
  const endSentence = (): void => {
    if (tokens.length > 0) document.push({ tokens, spans: iobToSpans(tags, typeIndex) });
    tokens = [];
    tags = [];
    if (format !== 'conll2003') endDocument();
  };
  const endDocument = (): void => {
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      endSentence();
      continue;
    }
    if (format === 'conll2003') {
      const columns = line.split(' ');
      if (columns[0] === '-DOCSTART-') {
        endSentence();
        endDocument();
        continue;
      }
      tokens.push(columns[0] ?? '');
      tags.push(columns[columns.length - 1] ?? 'O');
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const token = line.slice(0, tab);
    tokens.push(format === 'wikiann' ? token.replace(/^en:/u, '') : token);
    tags.push(line.slice(tab + 1).trim());
  }
  endSentence();
  endDocument();
  return documents;
};

export const corpusStats = (documents: readonly GoldDocument[]) => ({
  documents: documents.length,
  sentences: documents.reduce((sum, doc) => sum + doc.length, 0),
  tokens: documents.reduce((sum, doc) => sum + doc.reduce((s, x) => s + x.tokens.length, 0), 0),
});
