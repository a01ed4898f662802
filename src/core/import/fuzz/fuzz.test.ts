import { describe, expect, it } from 'vitest';
import { runImportFuzz } from './run';

/*
 * The short import fuzz of `npm test` (about a minute on a busy 2-core machine); `npm run fuzz`
 * runs the long one. Every input must end in a document or a clear refusal that stored nothing
 * (the harness checks each one); the run prints the inputs it tried.
 */

const seed = Number(process.env.GLOSS_FUZZ_SEED ?? 17);

describe('importing hostile and damaged files', () => {
  it('ends every input in a document or a clear refusal, within its limits, storing nothing partial', async () => {
    const { tally, integrity } = await runImportFuzz({ runs: 120, seed, long: false });
    console.log(`import fuzz (seed ${seed}):\n${tally.lines().join('\n')}`);
    expect(integrity).toBe('ok');
    expect(tally.total).toBeGreaterThanOrEqual(120);
    // The worker's heap limit (2 GB) bounds a parse; the whole process stays well under it.
    expect(tally.peakRssMb).toBeLessThan(3_072);
  }, 600_000);
});
