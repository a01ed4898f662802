import { createRequire } from 'node:module';
import type nlpTwo from 'compromise/two';
import createWinkNlp, { type WinkMethods } from 'wink-nlp';
import { fastWinkModel } from './winkModel';

/*
 * compromise and wink each take 0.2 to 0.5 s to load. The core is one bundle shared by the app,
 * the server and the CLI, so they are required on first use instead of at import time: opening
 * the app or listing the library never pays for them. wink-nlp's code is bundled (its 60 files
 * cost a start of the tagger about 25 ms to find and load one by one); this module is part of
 * the tagger's engine, which is itself imported only when an extraction runs (worker.ts).
 */
const load = createRequire(import.meta.url);

export type Compromise = typeof nlpTwo;

let compromise: Compromise | undefined;
let wink: WinkMethods | undefined;
let winkVocabularySize = 0;

/** compromise's tokenizer and tagger (its "two" build: no chunker, which we do not use). */
export const compromiseNlp = (): Compromise =>
  (compromise ??= load('compromise/two') as Compromise);

/** wink-nlp with its small English model: sentences, part of speech and value entities. */
export const winkNlp = (): WinkMethods => {
  if (!wink) {
    const model = fastWinkModel();
    // No sentence splitting ('sbd'): nothing reads wink's sentences, and without it the part
    // of speech and entities come out the same (checked on the CoNLL-2003 development text)
    // while reading takes a third less time.
    wink = createWinkNlp(model, ['pos', 'ner']);
    // wink numbers words outside its vocabulary from the vocabulary's size upwards.
    const probe = wink.readDoc('qqxzvkplorfw').tokens().out(wink.its.uniqueId);
    winkVocabularySize = Number(probe[0]);
  }
  return wink;
};

const vocabularyCache = new Map<string, boolean>();

/**
 * Whether a lower-case word is in wink's English vocabulary (about 87,000 words, mostly common
 * ones). Tells "Experts" or "Both" at the start of a sentence from a name such as "Hamas".
 */
export const inEnglishVocabulary = (lowerWord: string): boolean => {
  const cached = vocabularyCache.get(lowerWord);
  if (cached !== undefined) return cached;
  const nlp = winkNlp();
  const ids = nlp.readDoc(lowerWord).tokens().out(nlp.its.uniqueId);
  const known = ids.length === 1 && Number(ids[0]) < winkVocabularySize;
  // Each lookup of an unknown word grows wink's lexicon a little; the cache bounds that.
  if (vocabularyCache.size < 200_000) vocabularyCache.set(lowerWord, known);
  return known;
};
