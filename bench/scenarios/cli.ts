import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../e2e/support/paths';
import { since, type Scenario } from '../scenario';
import { withDataDir } from '../support/env';

const run = promisify(execFile);
const runs = 10;
const cliEntry = join(repoRoot, 'out/main/cli.js');

/** About 3 KB of news text, the size of a short article. */
const shortArticle = Array.from(
  { length: 12 },
  (_, i) =>
    `On Monday ${i + 1} March 2026, President Joe Biden met Yoon Suk Yeol in Seoul to discuss ` +
    `the $1.2 billion cost of U.S. Forces Korea, about 28,500 troops, and 5% more for defence.`,
).join('\n\n');

/**
 * `gloss` commands as a user runs them, whole processes from spawn to exit, on a small library
 * (the bundled article, as on first run) and on a 3 KB file: what a shell script pays per call.
 * The first call of each command fills V8's compile cache and is not counted.
 */
export const cli: Scenario = {
  name: 'cli',
  description: '`gloss list` and `gloss entities` (3 KB) as whole processes, spawn → exit',
  measure: () =>
    withDataDir(async (dataDir) => {
      const file = join(dataDir, 'article.txt');
      await writeFile(file, shortArticle);
      const commands = { list: ['list'], 'entities-3kb': ['entities', file] };
      const samples: Record<string, number[]> = {};
      for (const [name, args] of Object.entries(commands)) {
        const timed = async (): Promise<number> => {
          const started = performance.now();
          await run(process.execPath, [cliEntry, ...args], {
            env: { ...process.env, GLOSS_DATA_DIR: dataDir },
          });
          return since(started);
        };
        await timed(); // warm-up: creates the library and the compile cache
        samples[name] = [];
        for (let i = 0; i < runs; i += 1) samples[name].push(await timed());
      }
      return samples;
    }),
};
