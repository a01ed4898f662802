/**
 * Gloss's own named-entity tagger: an averaged perceptron over BILOU labels with Viterbi
 * decoding, trained by `npm run train:ner` and shipped in resources/ner.
 */
import path from 'node:path';

export { createNerExtractor } from './extractor';
export { loadNerModel, decodeNerModel, type NerModel } from './model';
export { ModelFileError, type ModelHeader } from './modelFile';
export { tokenize, splitSentences, type Token, type SentenceRange } from './tokenize';

/** Where the shipped model lives inside the app's resources folder. */
export const nerModelPath = (resourcesDir: string): string =>
  path.join(resourcesDir, 'ner', 'model.bin');
