import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type winkModel from 'wink-eng-lite-web-model';
import { WordIndex } from './wordIndex';

/*
 * wink's English model with a faster loader for its core part. The package's own loader
 * (dist/read-core-model.js) requires the 3 MB JSON, deep-copies it through JSON.stringify and
 * JSON.parse, and decodes two base64 arrays a character at a time in JavaScript: about 220 ms
 * of CPU on every start of the CLI or the entity worker. This one parses the same file once
 * and decodes with Buffer, and builds the very same model (winkModel.test.ts compares the two).
 * It reads wink's files, so it follows any change to their contents; the layout it expects is
 * that of the pinned version in package.json.
 */
const load = createRequire(import.meta.url);

type WinkLanguageModel = typeof winkModel;

interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** [word, mask, shift, isIntrinsic, isExtractable, isEfList] per feature, as wink packs them. */
type Layout = Record<string, number[]>;

interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, FeatureData | undefined> & {
    lexeme: FeatureData;
    posClusters: { list: unknown[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const coreModelFile = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** A base64 string as 32-bit words, in an ArrayBuffer of its own, as wink's loader makes it. */
const wordsOf = (base64: string): Uint32Array => {
  const bytes = Buffer.from(base64, 'base64');
  const words = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(words.buffer).set(bytes);
  return words;
};

/*
 * Each list's word → its index, as wink reads and extends it (`hash[word]`, `hash[word] = index`,
 * src/cache.js): a WordIndex behind the face of a prototype-less object. Set key by key on an
 * object, the 87,600 words of the lexeme list each became an interned property key of a
 * dictionary that kept growing: about 200 ms of CPU on every start of `gloss entities` or the
 * entity worker. The traps also answer `in`, `Object.keys` and property descriptors, so the
 * hash reads as the plain object wink's own loader builds (winkModel.test.ts). Deleting is
 * refused: wink never deletes.
 */
const hashOf = (list: readonly string[]): Record<string, number> => {
  const words = new WordIndex(list);
  const traps: ProxyHandler<Record<string, number>> = {
    get: (_hash, word) => (typeof word === 'string' ? words.get(word) : undefined),
    set: (_hash, word, index: number) => {
      if (typeof word !== 'string') return false;
      words.set(word, index);
      return true;
    },
    has: (_hash, word) => typeof word === 'string' && words.get(word) !== undefined,
    deleteProperty: () => false,
    ownKeys: () => words.keys(),
    getOwnPropertyDescriptor: (_hash, word) => {
      const index = typeof word === 'string' ? words.get(word) : undefined;
      return index === undefined
        ? undefined
        : { value: index, writable: true, enumerable: true, configurable: true };
    },
    defineProperty: () => false,
  };
  return new Proxy(Object.create(null) as Record<string, number>, traps);
};

/** What wink's `loadModel` (dist/load-core-model.js) returns, built from one parse of the file. */
export const loadCoreModel = (): CoreModel => {
  const model = JSON.parse(readFileSync(load.resolve(coreModelFile), 'utf8')) as CoreModel;
  const { layout } = model.packing;
  const features = model.features;
  model.lexicon = wordsOf(model.lexicon as string);
  model.xpansions = wordsOf(model.xpansions as string);
  for (const name in layout) {
    const feature = features[name];
    if (layout[name]?.[3] === 0 && feature) feature.hash = hashOf(feature.list);
  }
  const { lexeme } = features;
  lexeme.hash = hashOf(lexeme.list);
  const clusters = features.posClusters.list;
  for (let index = 0; index < clusters.length; index += 1) {
    const tags = (clusters[index] as string).split('_');
    clusters[index] = new Set(tags.map((tag) => model.pos.hash[tag] ?? 0));
  }
  const efList: string[] = [];
  for (const name in layout) {
    const packing = layout[name] as number[];
    const feature = features[name];
    if (packing[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (packing[1] as number) >>> (packing[2] as number);
    }
    if (packing[4] === 1) efList.push(name);
  }
  model.packing.efList = efList;
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
};

/**
 * wink's English model as its dist/model.js assembles it, with the core loaded by loadCoreModel.
 * The parts are required one by one: requiring model.js would load the package's own core
 * loader, which parses the 3 MB JSON as it is required.
 */
export const fastWinkModel = (): WinkLanguageModel => {
  const part = (name: string): unknown => load(`wink-eng-lite-web-model/dist/${name}.js`);
  const model = Object.create(null) as Record<string, unknown>;
  model.core = loadCoreModel;
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  // The add-ons serve its.stem, its.lemma and its.readabilityStats, which Gloss never reads:
  // each is required on first use. lemmatize, with WordNet's exception lists, cost every start
  // of the tagger about 40 ms of CPU.
  const addons = Object.create(null) as Record<string, unknown>;
  const addonFiles = {
    stem: 'porter-stemmer',
    lemmatize: 'lemmatize',
    readabilityStats: 'readability-stats',
  };
  for (const [name, file] of Object.entries(addonFiles)) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) });
  }
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as WinkLanguageModel;
};
