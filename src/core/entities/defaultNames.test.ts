import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing';
import { defaultNameExtractor } from './defaultNames';
import { shippedNameModel, useNameModel } from './modelPath';
import { loadTimeout } from './testing';

describe('the default name extractor', () => {
  const dirs: string[] = [];
  afterEach(() => {
    useNameModel(null);
    vi.restoreAllMocks();
    dirs.splice(0).forEach(removeTempDir);
  });

  it('is the trained tagger when the shipped model is set', () => {
    useNameModel(shippedNameModel(repoResourcesDir));
    expect(defaultNameExtractor().name).toBe('gloss-ner');
  });

  it(
    'falls back to the rule-based extractor, saying why, when the model is corrupt',
    () => {
      const dir = makeTempDir();
      dirs.push(dir);
      const model = readFileSync(shippedNameModel(repoResourcesDir));
      const corrupt = Buffer.from(model);
      corrupt[corrupt.length - 100] = (corrupt[corrupt.length - 100] ?? 0) ^ 0xff;
      const path = join(dir, 'model.bin');
      writeFileSync(path, corrupt);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      useNameModel(path);
      const extractor = defaultNameExtractor();
      expect(extractor.name).not.toBe('gloss-ner');
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toContain('rule-based extractor instead');
      expect(extractor.extract('Angela Merkel spoke in Berlin.').length).toBeGreaterThan(0);
    },
    loadTimeout,
  );

  it('falls back when the model file is missing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    useNameModel('/nonexistent/gloss/model.bin');
    expect(defaultNameExtractor().name).not.toBe('gloss-ner');
  });
});
