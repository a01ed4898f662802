import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNerExtractor, loadNerModel } from '../../src/core/entities/ner/index';
import { since, type Scenario } from '../scenario';
import { resourcesDir } from '../support/env';

const modelPath = join(resourcesDir, 'ner', 'model.bin');
const nerIndex = join(resourcesDir, '..', 'src', 'core', 'entities', 'ner', 'index.ts');
const longChars = 300_000;

/**
 * A fresh Node process imports the tagger, then loads the model: the app's first load. Import is
 * timed apart because here it includes tsx compiling TypeScript, which the built app does not do.
 */
const coldLoad = (): { importMs: number; loadMs: number } => {
  const script = `
    let start = performance.now();
    const { loadNerModel } = await import(${JSON.stringify(nerIndex)});
    const importMs = performance.now() - start;
    start = performance.now();
    loadNerModel(${JSON.stringify(modelPath)});
    console.log(JSON.stringify({ importMs, loadMs: performance.now() - start }));`;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    importMs: number;
    loadMs: number;
  };
};

/**
 * Gloss's own entity model (issue 6): loading it cold and warm, and tagging news text on one
 * core, the bundled article and about 300,000 characters of it repeated (the issue asks for at
 * least 300,000 characters per second, so under 1,000 ms).
 */
export const ner: Scenario = {
  name: 'ner',
  description: 'gloss-ner: model load (cold process, warm) and tagging speed',
  measure: async () => {
    const samples = {
      'import-cold': [] as number[],
      'load-cold': [] as number[],
      'load-warm': [] as number[],
      'extract-article': [] as number[],
      'extract-300k-chars': [] as number[],
    };
    for (let run = 0; run < 5; run += 1) {
      const { importMs, loadMs } = coldLoad();
      samples['import-cold'].push(importMs);
      samples['load-cold'].push(loadMs);
    }
    for (let run = 0; run < 10; run += 1) {
      const start = performance.now();
      loadNerModel(modelPath);
      samples['load-warm'].push(since(start));
    }
    const extractor = createNerExtractor(loadNerModel(modelPath));
    const article = readFileSync(join(resourcesDir, '000_dff1b5ee7486004a.txt'), 'utf8');
    let long = '';
    while (long.length < longChars) long += `${article}\n\n`;
    long = long.slice(0, longChars);
    extractor.extract(long); // warm-up: the app tags many articles in one worker
    for (let run = 0; run < 30; run += 1) {
      const start = performance.now();
      extractor.extract(article);
      samples['extract-article'].push(since(start));
    }
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      extractor.extract(long);
      samples['extract-300k-chars'].push(since(start));
    }
    return samples;
  },
};
