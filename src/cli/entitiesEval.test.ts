import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run';
import { repoResourcesDir } from '../core/testing';
import { loadTimeout, useTestCore } from '../core/entities/testing';
import { productSpans } from '../core/entities/ner/eval/product';
import type * as Worker from '../core/entities/worker';

type WorkerModule = typeof Worker;

/** Every text the entity engine is asked to read, whoever asks. */
const engineCalls = vi.hoisted(() => [] as string[]);
vi.mock('../core/entities/worker', async (importOriginal) => {
  const actual = await importOriginal<WorkerModule>();
  return {
    ...actual,
    extractEntitiesInWorker: (
      text: string,
      options?: Parameters<typeof actual.extractEntitiesInWorker>[1],
    ) => {
      engineCalls.push(text);
      return actual.extractEntitiesInWorker(text, options);
    },
  };
});

const article = [
  'TENNIS - HENMAN THROUGH IN NEW HAVEN',
  'NEW HAVEN, Connecticut 1996-08-28',
  'Results of the Pilot Pen tournament on Wednesday (prefix number denotes seeding):',
  'Tim Henman (Britain) beat Doug Flach (U.S.) 6-3 6-4 6-2',
  'Marcelo Rios (Chile) beat Andrei Olhovskiy (Russia) 7-6 6-2',
].join('\n');

const nameTypes = new Set(['person', 'organization', 'place', 'misc']);
const key = (span: { start: number; end: number; type: string | number }): string =>
  `${span.start}-${span.end}-${span.type}`;
const typeIndex: Record<string, number> = { person: 0, organization: 1, place: 2, misc: 3 };

/** issue 10: `npm run eval:ner` scores the very code the Entities panel and `gloss entities` run. */
describe('eval:ner, the Entities panel and gloss entities', () => {
  const { call, dataDir } = useTestCore();
  beforeEach(() => {
    engineCalls.length = 0;
  });

  it(
    'call one function on the same text and find the same names',
    async () => {
      const summary = await call('documents.importText', { text: article, title: 'Tennis' });
      const listed = await call('entities.list', { documentId: summary.id });
      expect(listed.state).toBe('ready');
      const panelText = engineCalls.at(-1) ?? '';
      expect(panelText).toContain('Tim Henman (Britain) beat Doug Flach (U.S.)');
      const typeOf = new Map(listed.entities.map((entity) => [entity.id, entity.type]));
      const panel = listed.mentions
        .map((mention) => ({ ...mention, type: typeOf.get(mention.entityId) ?? '' }))
        .filter((mention) => nameTypes.has(mention.type))
        .map((mention) => key({ ...mention, type: typeIndex[mention.type] ?? -1 }));

      const evaluated = (await productSpans(panelText)).map(key);
      expect(engineCalls.at(-1)).toBe(panelText);

      const file = join(dataDir(), 'tennis.txt');
      writeFileSync(file, panelText);
      const out: string[] = [];
      const code = await runCli(['entities', '--json', file], {
        env: { GLOSS_DATA_DIR: dataDir() },
        resourcesDir: repoResourcesDir,
        out: (line) => out.push(line),
        err: () => undefined,
      });
      expect(code).toBe(0);
      expect(engineCalls.at(-1)).toBe(panelText);
      const cli = (
        JSON.parse(out[0] ?? '[]') as Array<{ start: number; end: number; type: string }>
      )
        .filter((mention) => nameTypes.has(mention.type))
        .map((mention) => key({ ...mention, type: typeIndex[mention.type] ?? -1 }));

      expect(evaluated.length).toBeGreaterThanOrEqual(8);
      expect(new Set(evaluated)).toEqual(new Set(panel));
      expect(new Set(evaluated)).toEqual(new Set(cli));
    },
    loadTimeout,
  );
});
