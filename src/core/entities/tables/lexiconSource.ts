import { compromiseNlp } from '../nlp';
import type { LexiconTable } from '../lexicon';

/*
 * The words Gloss takes from compromise's model, read from compromise itself: what
 * scripts/entity-tables.ts writes to lexicon.json, and what tables.test.ts checks that file
 * against. compromise takes about 0.4 s of CPU to load and build its lexicon; the table loads in
 * a few milliseconds, so the entity tagger reads the table and never loads compromise.
 */

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

const model = (): CompromiseModel => compromiseNlp().model() as CompromiseModel;

/** compromise's lexicon (word → tags), in its own order. */
export const compromiseLexicon = (): Record<string, string | string[]> => model().one.lexicon;

/** The table: words grouped by their tags (a comma-separated key), in compromise's order. */
export const compromiseLexiconTable = (): LexiconTable => {
  const words: Record<string, string[]> = {};
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    const key = Array.isArray(tags) ? tags.join(',') : tags;
    (words[key] ??= []).push(word);
  }
  const { orgWords, placeWords } = model().two;
  return {
    wordsByTags: words,
    orgWords: Object.keys(orgWords ?? {}),
    placeWords: Object.keys(placeWords ?? {}),
  };
};
