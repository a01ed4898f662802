import path from 'node:path';

/*
 * Only the model's location lives here, in a module with no heavy imports: the shells set it
 * at start-up, and the tagger itself is loaded on the first extraction.
 */
let modelPath: string | null = null;
let listeners: (() => void)[] = [];

/** The trained name model shipped in the app's resources folder. */
export const shippedNameModel = (resourcesDir: string): string =>
  path.join(resourcesDir, 'ner', 'model.bin');

/** Where the trained name model is; null means the rule-based extractor. */
export const useNameModel = (path: string | null): void => {
  if (path === modelPath) return;
  modelPath = path;
  for (const listener of listeners) listener();
};

/** The model path in force, handed to the worker so it tags with the same model. */
export const nameModelPath = (): string | null => modelPath;

/** Called when the path changes, so a loaded extractor is dropped. */
export const onNameModelChange = (listener: () => void): void => {
  listeners = [...listeners, listener];
};
