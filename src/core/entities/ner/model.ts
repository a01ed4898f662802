/** Loading and writing the NER model: the file format's sections as typed arrays. */
import { readFileSync } from 'node:fs';
import { WordClusters } from './clusters';
import { Gazetteer } from './gazetteer';
import { labelCount, labelNames } from './labels';
import {
  ModelFileError,
  readModelFile,
  writeModelFile,
  type HeaderFields,
  type ModelHeader,
} from './modelFile';
import { transitionTableSize } from './viterbi';
import { HashedWeights } from './weights';

export interface NerModel {
  readonly header: ModelHeader;
  readonly weights: HashedWeights;
  readonly gazetteer: Gazetteer;
}

export interface ModelParts {
  keys: Uint32Array;
  weights: Float32Array;
  transitions: Float64Array;
  gazetteer: Gazetteer;
}

const bytesOf = (array: Uint32Array | Float32Array | Float64Array): Uint8Array =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** The model file's bytes (typed arrays in little-endian order, as on every platform Gloss runs). */
export const encodeNerModel = (fields: HeaderFields, parts: ModelParts): Buffer =>
  writeModelFile(fields, {
    keys: bytesOf(parts.keys),
    weights: bytesOf(parts.weights),
    transitions: bytesOf(parts.transitions),
    gazetteer: new TextEncoder().encode(parts.gazetteer.serialize()),
    clusters: new TextEncoder().encode(parts.gazetteer.clusters.serialize()),
  });

const section = (path: string, sections: Map<string, Uint8Array>, name: string): Uint8Array => {
  const bytes = sections.get(name);
  if (!bytes) throw new ModelFileError(path, `has no "${name}" section.`);
  return bytes;
};

interface TypedArrayType<T> {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
}

/** A typed array over the bytes, copied first only when their offset is not aligned for it. */
const typedView = <T>(bytes: Uint8Array, type: TypedArrayType<T>): T => {
  const size = type.BYTES_PER_ELEMENT;
  const aligned = bytes.byteOffset % size === 0 ? bytes : new Uint8Array(bytes);
  return new type(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / size));
};

/** Parses model bytes already in memory; `path` only names the file in errors. */
export const decodeNerModel = (path: string, file: Buffer): NerModel => {
  const { header, sections } = readModelFile(path, file);
  if (header.labels.join(' ') !== labelNames().join(' ')) {
    throw new ModelFileError(
      path,
      `has labels ${header.labels.join(' ')}; expected ${labelNames().join(' ')}.`,
    );
  }
  const keyBytes = section(path, sections, 'keys');
  const weightBytes = section(path, sections, 'weights');
  const transitionBytes = section(path, sections, 'transitions');
  const keys = typedView(keyBytes, Uint32Array);
  const weights = typedView(weightBytes, Float32Array);
  const transitions = typedView(transitionBytes, Float64Array);
  if (weights.length !== keys.length * labelCount || transitions.length !== transitionTableSize) {
    throw new ModelFileError(path, 'has sections of the wrong size for its labels.');
  }
  const gazetteer = Gazetteer.parse(new TextDecoder().decode(section(path, sections, 'gazetteer')));
  gazetteer.clusters = WordClusters.parse(
    new TextDecoder().decode(section(path, sections, 'clusters')),
  );
  return { header, weights: new HashedWeights(keys, weights, transitions), gazetteer };
};

/**
 * Reads and verifies a model file. A missing, truncated or corrupt file, or one of another
 * version, throws an Error saying which, so the caller can fall back to another extractor.
 */
export const loadNerModel = (path: string): NerModel => {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ModelFileError(path, 'does not exist. Build it with npm run train:ner.');
    throw new ModelFileError(path, `could not be read: ${(error as Error).message}`);
  }
  return decodeNerModel(path, file);
};
