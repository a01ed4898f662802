import { type Scenario, since } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';
import { generateArticle } from '../support/generate';

const documentCount = 200;
const readRepeats = 200;

/** Times one call per sample. */
const timed = async (samples: number[], call: () => unknown): Promise<void> => {
  const start = performance.now();
  await settle(call());
  samples.push(since(start));
};

/**
 * The SQLite paths through the real core, in process: writes (import, markOpened; each a
 * committed transaction with synchronous=FULL) and reads (library.list with a few hundred
 * documents, documents.get of an article-sized document).
 */
export const sqlite: Scenario = {
  name: 'sqlite',
  description: `core in process: ${documentCount} imports of ~6 KB, markOpened, list, get`,
  measure: () =>
    withDataDir((dataDir) =>
      withCore(dataDir, async ({ handlers }) => {
        const samples = {
          'documents.importText': [] as number[],
          'documents.markOpened': [] as number[],
          'library.list': [] as number[],
          'documents.get': [] as number[],
        };
        const text = generateArticle(6_000);
        const ids: string[] = [];
        for (let i = 0; i < documentCount; i += 1) {
          const start = performance.now();
          const summary = await settle(
            handlers['documents.importText']({ text, title: `Document ${i + 1}` }),
          );
          samples['documents.importText'].push(since(start));
          ids.push(summary.id);
        }
        for (const id of ids) {
          await timed(samples['documents.markOpened'], () =>
            handlers['documents.markOpened']({ id }),
          );
        }
        for (let i = 0; i < readRepeats; i += 1) {
          await timed(samples['library.list'], () => handlers['library.list']({}));
          const id = ids[i % ids.length] as string;
          await timed(samples['documents.get'], () => handlers['documents.get']({ id }));
        }
        return samples;
      }),
    ),
};
