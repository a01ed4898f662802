import { describe, expect, it } from 'vitest';
import { extractEntities } from './index';
import { bundledArticle, loadTimeout } from './testing';
import { extractEntitiesInWorker, workerThreshold } from './worker';

describe('extraction in a worker thread', () => {
  it(
    'gives the same result as in the calling thread, with progress up to 1',
    async () => {
      const text = bundledArticle();
      const progress: number[] = [];
      const result = await extractEntitiesInWorker(text, {
        forceWorker: true,
        documentDate: '2025-04-07',
        onProgress: (fraction) => progress.push(fraction),
      });
      expect(result).toEqual(extractEntities(text, { documentDate: '2025-04-07' }));
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // Entities share the mention objects, as in the calling thread.
      expect(result.mentions).toContain(result.entities[0]?.mentions[0]);
    },
    loadTimeout,
  );

  it(
    'reports progress in steps on a long text',
    async () => {
      const text = Array.from({ length: 40 }, bundledArticle).join('\n\n');
      expect(text.length).toBeGreaterThan(workerThreshold);
      const progress: number[] = [];
      const result = await extractEntitiesInWorker(text, { onProgress: (f) => progress.push(f) });
      expect(progress.length).toBeGreaterThan(3);
      expect(
        result.entities.find((entity) => entity.canonical === 'Donald Trump')?.mentions,
      ).toHaveLength(280);
    },
    loadTimeout,
  );
});
