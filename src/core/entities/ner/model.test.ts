import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer';
import { labelCount, labelNames } from './labels';
import { decodeNerModel, encodeNerModel, loadNerModel } from './model';
import { modelVersion } from './modelFile';
import { shippedModelPath } from './testing';
import { transitionTableSize } from './viterbi';

const shipped = fs.readFileSync(shippedModelPath);
let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-ner-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const writeVariant = (name: string, bytes: Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const withHeader = (edit: (header: Record<string, unknown>) => void): Buffer => {
  const newline = shipped.indexOf(0x0a);
  const header = JSON.parse(shipped.subarray(0, newline).toString('utf8')) as Record<
    string,
    unknown
  >;
  edit(header);
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), shipped.subarray(newline + 1)]);
};

describe('loadNerModel', () => {
  it('loads the shipped model and describes it in its header', () => {
    const model = loadNerModel(shippedModelPath);
    expect(model.header.format).toBe('gloss-ner');
    expect(model.header.version).toBe(modelVersion);
    expect(model.header.labels).toEqual(labelNames());
    expect(model.header.payload.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(model.gazetteer.size).toBeGreaterThan(10_000);
    expect(shipped.byteLength).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a missing file with a clear message', () => {
    expect(() => loadNerModel(path.join(dir, 'nowhere.bin'))).toThrow(/does not exist/u);
  });

  it('refuses a file with one corrupt byte in its payload', () => {
    const bytes = Buffer.from(shipped);
    const index =
      shipped.indexOf(0x0a) + 1 + Math.floor((bytes.byteLength - shipped.indexOf(0x0a)) / 2);
    bytes[index] = (bytes[index] ?? 0) ^ 0xff;
    expect(() => loadNerModel(writeVariant('corrupt.bin', bytes))).toThrow(/is corrupt/u);
  });

  it('refuses a truncated file', () => {
    const file = writeVariant('truncated.bin', shipped.subarray(0, shipped.byteLength - 1000));
    expect(() => loadNerModel(file)).toThrow(/truncated/u);
    const headerOnly = writeVariant('header-only.bin', shipped.subarray(0, 100));
    expect(() => loadNerModel(headerOnly)).toThrow(/no header line|not valid JSON/u);
  });

  it('refuses another version, another format and a broken header', () => {
    const newer = withHeader((header) => {
      header.version = 99;
    });
    expect(() => loadNerModel(writeVariant('v99.bin', newer))).toThrow(
      /version 99.*npm run train:ner/u,
    );
    const other = withHeader((header) => {
      header.format = 'something-else';
    });
    expect(() => loadNerModel(writeVariant('other.bin', other))).toThrow(
      /not a Gloss entity model/u,
    );
    const broken = Buffer.concat([Buffer.from('{"format": \n'), shipped]);
    expect(() => loadNerModel(writeVariant('broken.bin', broken))).toThrow(/not valid JSON/u);
  });

  it('round-trips a model through encode and decode', () => {
    const keys = new Uint32Array([7, 2 ** 31, 12345]);
    const weights = new Float32Array(keys.length * labelCount).map((_, i) => i / 8);
    const transitions = new Float64Array(transitionTableSize).map((_, i) => -i);
    const gazetteer = new Gazetteer([['new york', 8]]);
    const fields = { labels: labelNames(), features: {}, training: {} };
    const bytes = encodeNerModel(fields, { keys, weights, transitions, gazetteer });
    const model = decodeNerModel('memory', bytes);
    const out = new Float64Array(labelCount);
    model.weights.addWeights(2 ** 31, out, 0);
    expect([...out]).toEqual([...weights.subarray(labelCount, 2 * labelCount)]);
    expect([...model.weights.transitions]).toEqual([...transitions]);
    // "new york" is category 3 (mask 8): begin (3 * 4 + 0) and last (3 * 4 + 2) positions.
    expect(model.gazetteer.match(['in', 'new', 'york', 'new'])).toEqual([[], [12], [14], []]);
    // Read in place from the file, it holds what was written: the same lines, the same count.
    expect(model.gazetteer.serialize()).toBe(gazetteer.serialize());
    expect(model.gazetteer.size).toBe(1);
  });
});
