/**
 * First-pass labels for the training documents by cross-validation (jackknifing): the documents
 * are dealt into folds, and each fold is tagged by a model trained on the other folds. The
 * second pass learns from votes read off these labels, which err the way the shipped model errs
 * on unseen text; labels from a model that had trained on the same sentences would be nearly
 * always right, and the second pass would learn to trust votes far too much.
 */
import { type Gazetteer } from '../gazetteer';
import { tagDocument, TaggerScratch } from '../tagger';
import { shuffled } from './data';
import { PerceptronTrainer, type TrainingDocument } from './perceptron';

export interface JackknifeOptions {
  folds: number;
  epochs: number;
  minFeatureCount: number;
  /** Seeded random numbers for the shuffles (the same seed, the same labels). */
  random: () => number;
  log?: (line: string) => void;
}

/** The same documents with `firstPass` set on every sentence. */
export const withJackknifedFirstPass = (
  documents: readonly TrainingDocument[],
  gazetteer: Gazetteer,
  { folds, epochs, minFeatureCount, random, log }: JackknifeOptions,
): TrainingDocument[] => {
  const result = documents.map((document) => document.map((sentence) => ({ ...sentence })));
  for (let fold = 0; fold < folds; fold += 1) {
    const inFold = (index: number): boolean => index % folds === fold;
    const training = documents.filter((_, index) => !inFold(index));
    const trainer = new PerceptronTrainer(gazetteer);
    if (minFeatureCount > 1) trainer.restrictToFrequentFeatures(training, minFeatureCount);
    for (let epoch = 1; epoch <= epochs; epoch += 1) trainer.epoch(shuffled(training, random));
    const weights = trainer.averaged();
    // A fresh word table per model: it caches word scores of the weights it first met.
    const foldScratch = new TaggerScratch();
    result.forEach((document, index) => {
      if (!inFold(index)) return;
      const labels = tagDocument(
        weights,
        gazetteer,
        document.map((s) => s.view),
        foldScratch,
      );
      document.forEach((sentence, s) => {
        sentence.firstPass = labels[s];
      });
    });
    log?.(`jackknife fold ${fold + 1} of ${folds}: ${training.length} documents trained on`);
  }
  return result;
};
