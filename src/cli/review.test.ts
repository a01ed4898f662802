import { describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { repoResourcesDir } from '../core/testing';
import { call } from './call';
import { runCliIn, useTempDirs } from './testing';

describe('gloss review', () => {
  const tempDir = useTempDirs();

  it('prints the due count and the review log', async () => {
    const dataDir = tempDir();
    const core = await openCore({ dataDir, resourcesDir: repoResourcesDir });
    try {
      const [article] = await call(core, 'library.list', {});
      if (!article) throw new Error('the bundled article is missing');
      for (const start of [10, 100]) {
        await call(core, 'highlights.create', {
          documentId: article.id,
          start,
          end: start + 30,
          color: 'yellow',
        });
      }
      const [first] = (await call(core, 'review.queue', {})).cards;
      await call(core, 'review.rate', { highlightId: first?.highlightId ?? '', rating: 'good' });
    } finally {
      core.close();
    }

    expect(await runCliIn(['review', '--due'], { dataDir })).toEqual({
      code: 0,
      out: ['1 to review today (0 due, 1 new)'],
      err: [],
    });
    const json = await runCliIn(['review', '--due', '--json'], { dataDir });
    expect(JSON.parse(json.out.join('\n'))).toEqual({ total: 1, due: 0, new: 1 });
    const log = await runCliIn(['review', '--log'], { dataDir });
    expect(JSON.parse(log.out.join('\n'))).toMatchObject([
      { rating: 'good', before: { state: 'new' }, after: { state: 'review', scheduledDays: 3 } },
    ]);
  }, 60_000);

  it.each([
    [['review'], 'give one of --due or --log'],
    [['review', '--due', '--log'], 'give one of --due or --log'],
    [['review', '--soon'], "Unknown option '--soon'"],
  ])('refuses %j with a clear message', async (argv, message) => {
    const result = await runCliIn(argv, { dataDir: tempDir() });
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toContain(message);
  });
});
