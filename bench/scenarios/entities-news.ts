import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shippedNameModel, useNameModel } from '../../src/core/entities/modelPath';
import { toPlainDocument } from '../../src/core/entities/ner/eval/detokenize';
import { productSpans } from '../../src/core/entities/ner/eval/product';
import { readCorpus } from '../../src/core/entities/ner/train/corpus';
import { repoRoot } from '../../e2e/support/paths';
import { since, type Scenario } from '../scenario';
import { resourcesDir } from '../support/env';

const devSet = resolve(repoRoot, '../shared/data/ner/conll2003/eng.testa');
const cliEntry = join(repoRoot, 'out/main/cli.js');
const passes = 5;
const cliRuns = 5;

/**
 * The product path on real news (issue 10): the 216 CoNLL-2003 development documents (about
 * 269,000 characters of Reuters news, results tables and datelines included) as plain text
 * through the function the Entities panel and `gloss entities` call, one core, after one
 * warm-up pass (start-up excluded). At 500,000 characters per second a pass takes 538 ms.
 * Then `gloss entities` on a short article from a fresh process: the command's own start-up.
 */
export const entitiesNews: Scenario = {
  name: 'entities-news',
  description: 'entities on real news: CoNLL dev documents through the product path; CLI start',
  measure: async () => {
    if (!existsSync(devSet)) {
      throw new Error(
        `needs the CoNLL-2003 development set at ${devSet} (see resources/ner/README.md)`,
      );
    }
    useNameModel(shippedNameModel(resourcesDir));
    const texts = readCorpus(devSet, 'conll2003').map((document) => toPlainDocument(document).text);
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    const samples = { 'conll-dev-pass': [] as number[], 'cli-entities-article': [] as number[] };
    for (const text of texts) await productSpans(text);
    for (let pass = 0; pass < passes; pass += 1) {
      const start = performance.now();
      for (const text of texts) await productSpans(text);
      samples['conll-dev-pass'].push(since(start));
    }
    const median =
      [...samples['conll-dev-pass']].sort((a, b) => a - b)[Math.floor(passes / 2)] ?? 1;
    console.log(
      `  product path: ${Math.round(chars / (median / 1000)).toLocaleString('en-US')} chars/s on ${chars.toLocaleString('en-US')} chars`,
    );
    if (!existsSync(cliEntry)) throw new Error(`build first: ${cliEntry} is missing`);
    const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-cli-'));
    try {
      const file = join(folder, 'article.txt');
      writeFileSync(file, texts.slice(0, 3).join('\n\n'));
      for (let run = 0; run < cliRuns; run += 1) {
        const start = performance.now();
        execFileSync(process.execPath, [cliEntry, 'entities', file], { stdio: 'ignore' });
        samples['cli-entities-article'].push(since(start));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    return samples;
  },
};
