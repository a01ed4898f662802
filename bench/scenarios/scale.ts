import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../e2e/support/paths';
import { generateText } from '../../src/shared/anchoring/generatedText';
import { seededRandom } from '../../src/shared/random';
import type { Handlers } from '../../src/shared/contract';
import { exportFormats } from '../../src/shared/exchange';
import { since, type Samples, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';
import { copyScaleLibrary, popularName } from '../support/scaleLibrary';
import { measurePage } from '../support/scalePage';

const run = promisify(execFile);

/** Runs `work` `times` times and answers every duration. */
const timed = async (times: number, work: () => Promise<unknown>): Promise<number[]> => {
  const durations: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const start = performance.now();
    await work();
    durations.push(since(start));
  }
  return durations;
};

const queries = [
  'treaty',
  'minister budget',
  'deterrence summit',
  'coalit',
  '"security partnership"',
  'hanseatic',
  'lighthouse',
  'followup',
  'report 77',
  'embassy strategy',
];

/**
 * The pause between two searches: the app sends a search once typing pauses this long
 * (searchDelayMs in renderer/src/search/useSearch.ts), so searches never come back to back.
 * Work the core defers to between requests (reading the rest of the search's owner index)
 * runs in it, as in the app; the first search comes right after the library is opened and
 * listed, with nothing read ahead for it.
 */
const typingPauseMs = 150;

/** The popular entity: in every tenth document, starting with the first one added. */
const popularEntityId = async (handlers: Handlers): Promise<string> => {
  const documents = await settle(handlers['library.list']({}));
  const first = documents.find((doc) => doc.title.endsWith(' report 1'));
  if (!first) throw new Error('the first report is missing from the library');
  const { entities } = await settle(handlers['entities.list']({ documentId: first.id }));
  const popular = entities.find((entity) => entity.canonical === popularName);
  if (!popular) throw new Error(`${popularName} is not among the first report's entities`);
  return popular.id;
};

/**
 * A search right after each of five writes (a highlight's tags changed), as a user searches
 * after tagging: what the search keeps in memory is read again only where it changed.
 */
const searchesAfterWrites = async (handlers: Handlers): Promise<number[]> => {
  const documents = await settle(handlers['library.list']({}));
  const first = documents.find((doc) => doc.title.endsWith(' report 1'));
  if (!first) throw new Error('the first report is missing from the library');
  const { highlights } = await settle(handlers['annotations.list']({ documentId: first.id }));
  const [highlight] = highlights;
  if (!highlight) throw new Error('the first report has no highlights');
  const durations: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    await settle(handlers['highlights.update']({ id: highlight.id, tags: [`tagged${index}`] }));
    const [duration = 0] = await timed(1, async () =>
      handlers['search.query']({ query: popularName }),
    );
    durations.push(duration);
  }
  return durations;
};

/** Contract calls in process: list, search, the popular card, every export, 500 imports. */
const measureCore = (dataDir: string, out: string): Promise<Samples> =>
  withCore(dataDir, async ({ handlers }) => {
    const samples: Samples = {};
    // The bundled article is extracted when first opened: done before, as a user's would be.
    const bundled = (await settle(handlers['library.list']({}))).find(
      (doc) => doc.source === 'Bundled article',
    );
    if (bundled) await settle(handlers['entities.list']({ documentId: bundled.id }));
    samples['library.list'] = await timed(5, async () => handlers['library.list']({}));
    samples['search.query'] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const query of queries) {
        const [duration = 0] = await timed(1, async () => handlers['search.query']({ query }));
        samples['search.query'].push(duration);
        await new Promise((resolve) => setTimeout(resolve, typingPauseMs));
      }
    }
    const entityId = await popularEntityId(handlers);
    samples['entity-card'] = await timed(5, async () => handlers['entities.get']({ entityId }));
    samples['search-after-write'] = await searchesAfterWrites(handlers);
    // GLOSS_BENCH_SKIP_EXPORTS=1 leaves exports and imports out: for measuring a build whose
    // exports take many minutes (the quadratic ones this scenario was written against).
    if (process.env.GLOSS_BENCH_SKIP_EXPORTS === '1') return samples;
    for (const format of exportFormats) {
      const path = join(out, format === 'markdown' ? 'vault' : `library.${format}`);
      samples[`export-${format}`] = await timed(1, async () =>
        handlers['export.write']({ format, path }),
      );
    }
    // Again: the first Anki deck formats every reference (kept in formatted_references), the
    // next ones read them.
    samples['export-anki-again'] = await timed(1, async () =>
      handlers['export.write']({ format: 'anki', path: join(out, 'library.anki') }),
    );
    const files = Array.from({ length: 500 }, (_, index) => ({
      name: `import-${index + 1}.txt`,
      data: Buffer.from(
        `Imported note ${index + 1}\n\n${generateText(3_000 + Math.floor(seededRandom(index)() * 6_000), 70_000 + index)}`,
      ).toString('base64'),
    }));
    samples['import-500-files'] = await timed(1, async () => {
      for (const file of files) await settle(handlers['documents.importFile'](file));
    });
    return samples;
  });

/** `gloss list` as a user runs it: a new process, the whole library printed. */
const measureCli = async (dataDir: string): Promise<Samples> => ({
  'gloss-list': await timed(3, () =>
    run(process.execPath, [join(repoRoot, 'out/main/cli.js'), 'list'], {
      env: { ...process.env, GLOSS_DATA_DIR: dataDir },
      maxBuffer: 64 * 1024 * 1024,
    }),
  ),
});

/** The scale scenario for a library of `documentCount` documents (five highlights each). */
export const scaleScenario = (documentCount: number): Scenario => ({
  name: `scale-${documentCount / 1000}k`,
  description: `a library of ${documentCount.toLocaleString('en')} documents, ${(documentCount * 5).toLocaleString('en')} highlights: app, list, filter, search, card, exports, imports, CLI`,
  measure: () =>
    withDataDir(async (dataDir) => {
      await copyScaleLibrary(dataDir, documentCount);
      const out = await mkdtemp(join(tmpdir(), 'gloss-scale-out-'));
      try {
        const page = await measurePage(dataDir, 3);
        const cli = await measureCli(dataDir);
        const core = await measureCore(dataDir, out);
        return { ...page, ...cli, ...core };
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    }),
});

export const scaleScenarios: Scenario[] = [scaleScenario(1_000), scaleScenario(10_000)];
