/**
 * `npm run eval:ner`: scores the product path (plain text through the function the Entities
 * panel and `gloss entities` call) on the development sets of ../shared/data/ner, beside the
 * model alone on the corpus's own tokens, and writes an error file per set.
 *
 * Options: --data DIR (default ../shared/data/ner), --errors DIR (default eval-results/ner),
 * --set NAME (conll, wikiann or wnut; repeatable; all three by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shippedNameModel, useNameModel } from '../src/core/entities/modelPath';
import { loadNerModel } from '../src/core/entities/ner/model';
import { readCorpus, type CorpusFormat } from '../src/core/entities/ner/train/corpus';
import { scoreOnTokens, toTrainingDocuments } from '../src/core/entities/ner/train/data';
import { type SpanScorer } from '../src/core/entities/ner/train/evaluate';
import { toPlainDocument } from '../src/core/entities/ner/eval/detokenize';
import { formatErrors, productSpans, scoreProduct } from '../src/core/entities/ner/eval/product';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '../shared/data/ner') },
    errors: { type: 'string', default: join(root, 'eval-results/ner') },
    set: { type: 'string', multiple: true },
  },
});

interface SetSpec {
  id: string;
  name: string;
  file: string;
  format: CorpusFormat;
  scoreMisc: boolean;
}

// CoNLL documents are split at -DOCSTART-, one line per sentence. WikiANN sentences and WNUT
// posts are unrelated to each other, so each is a document of its own.
const sets: SetSpec[] = [
  {
    id: 'conll',
    name: 'CoNLL-2003 eng.testa',
    file: 'conll2003/eng.testa',
    format: 'conll2003',
    scoreMisc: true,
  },
  {
    id: 'wikiann',
    name: 'WikiANN en dev',
    file: 'wikiann-en/dev',
    format: 'wikiann',
    scoreMisc: false,
  },
  { id: 'wnut', name: 'WNUT-17 dev', file: 'wnut17/dev', format: 'wnut17', scoreMisc: true },
].filter((set) => !values.set || values.set.includes(set.id));

const modelPath = shippedNameModel(join(root, 'resources'));
useNameModel(modelPath);
const model = loadNerModel(modelPath);

const pct = (value: number): string => (value * 100).toFixed(1).padStart(5);
const row = (label: string, scorer: SpanScorer): string => {
  const cells = [0, 1, 2].map((type) => pct(scorer.scores([type]).f1));
  const micro = scorer.headline();
  return `  ${label.padEnd(22)} ${cells.join('  ')}   ${pct(micro.f1)}  (P ${pct(micro.precision)} R ${pct(micro.recall)})`;
};

const main = async (): Promise<void> => {
  mkdirSync(values.errors, { recursive: true });
  console.log(`model: ${modelPath}`);
  console.log(`F1 (exact span and type)   PER    ORG    LOC    micro PER+ORG+LOC`);
  for (const set of sets) {
    const gold = readCorpus(join(values.data, set.file), set.format);
    const documents = gold.map(toPlainDocument);
    // Start-up excluded: the first call loads the model and compiles the hot paths.
    await productSpans(documents[0]?.text ?? '');
    const product = await scoreProduct(documents, set.scoreMisc);
    const modelOnly = scoreOnTokens(model.weights, model.gazetteer, toTrainingDocuments(gold));
    const speed = Math.round(product.chars / (product.ms / 1000));
    console.log(
      `${set.name}: ${documents.length} documents, ${product.chars} chars, gold ${product.scorer.headline().gold}`,
    );
    console.log(row('product (plain text)', product.scorer));
    console.log(row('model (gold tokens)', modelOnly));
    console.log(`  product path: ${speed.toLocaleString('en-US')} chars/s`);
    const errorFile = join(values.errors, `${set.id}.errors.txt`);
    writeFileSync(errorFile, formatErrors(product.errors));
    const counts = ['missed', 'wrong type', 'wrong span', 'spurious'].map(
      (kind) => `${product.errors.filter((e) => e.kind === kind).length} ${kind}`,
    );
    console.log(`  errors: ${counts.join(', ')} -> ${errorFile}`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
