import { parseArgs } from 'node:util';
import { writeSoakReport } from './report';
import { runSoak, SoakFailure } from './soak';

/*
 * `npm run soak [-- --kills N] [--seed S] [--report]`: the kill soak (scripts/soak/soak.ts).
 * The long run is 500 kills; `npm test` runs 50. --report writes the figures to
 * docs/testing.json and the README's "How Gloss is tested" table.
 */

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '500' },
    seed: { type: 'string' },
    report: { type: 'boolean', default: false },
  },
});

const kills = Number(values.kills);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error('Usage: npm run soak -- [--kills N] [--seed S] [--report] (N and S whole numbers)');
  process.exit(2);
}

const main = async (): Promise<void> => {
  console.log(`Kill soak: ${kills} kills, seed ${seed} (rerun with --seed ${seed})`);
  const stats = await runSoak({ kills, seed, cliFrom: Math.floor(kills / 2), log: console.log });
  console.log(
    `Survived ${stats.kills} kills (${stats.killsWhileOpening} while opening, ${stats.killsMidWrite} ` +
      `mid-write, of which ${stats.lostWritesLanded} had landed whole; ${stats.killsWithCli} with the ` +
      `CLI listing and exporting beside it, ${stats.cliRuns} CLI runs). ${stats.writesChecked} ` +
      `acknowledged writes checked, ${stats.integrityChecks} integrity checks ok, in ${stats.seconds} s.`,
  );
  const refusals = Object.entries(stats.refusals);
  if (refusals.length)
    console.log(`Refused as expected: ${refusals.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (values.report) console.log(`Wrote ${await writeSoakReport(stats)}.`);
};

main().catch((error: unknown) => {
  console.error(error instanceof SoakFailure ? error.message : error);
  process.exitCode = 1;
});
