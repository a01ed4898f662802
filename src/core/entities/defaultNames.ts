import { nameModelPath, onNameModelChange } from './modelPath';
import { CompromiseNameExtractor } from './names/compromiseNames';
import { createNerExtractor, loadNerModel } from './ner';
import type { NameExtractor } from './types';

let chosen: NameExtractor | undefined;
onNameModelChange(() => {
  chosen = undefined;
});

/**
 * The name extractor used when none is given: Gloss's trained tagger when a model is set
 * (useNameModel), or, when there is none or it is missing or corrupt, the previous extractor,
 * with one warning that says why.
 */
export const defaultNameExtractor = (): NameExtractor => {
  if (chosen) return chosen;
  const modelPath = nameModelPath();
  if (modelPath !== null) {
    try {
      chosen = createNerExtractor(loadNerModel(modelPath));
      return chosen;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      console.warn(`gloss: ${why} Names come from the rule-based extractor instead.`);
    }
  }
  chosen = new CompromiseNameExtractor();
  return chosen;
};
