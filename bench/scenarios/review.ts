import type { Core } from '../../src/core/index';
import { generateText } from '../../src/shared/anchoring/generatedText';
import { since, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';

const documentCount = 40;
const highlightsPerDocument = 50;
const readRuns = 50;
const ratings = ['again', 'hard', 'good', 'easy'] as const;

const time = async <T>(samples: number[], call: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await settle(call());
  samples.push(since(start));
  return value;
};

const measureCore = async ({ handlers }: Core) => {
  const samples = {
    'review.dueCount': [] as number[],
    'review.queue': [] as number[],
    'review.rate': [] as number[],
  };
  for (let doc = 0; doc < documentCount; doc += 1) {
    const text = generateText(20_000, doc + 1);
    const { id } = await settle(
      handlers['documents.importText']({ text, title: `Reading ${doc + 1}` }),
    );
    const body = (await settle(handlers['documents.get']({ id }))).blocks
      .map((block) => block.text)
      .join('\n\n');
    const slot = Math.floor(body.length / highlightsPerDocument);
    for (let index = 0; index < highlightsPerDocument; index += 1) {
      const start = body.indexOf(' ', index * slot) + 1;
      await settle(
        handlers['highlights.create']({ documentId: id, start, end: start + 60, color: 'yellow' }),
      );
    }
  }
  await settle(handlers['review.updateSettings']({ newPerDay: 200 }));

  for (let run = 0; run < readRuns; run += 1) {
    await time(samples['review.dueCount'], () => handlers['review.dueCount']({}));
    const queue = await time(samples['review.queue'], () => handlers['review.queue']({}));
    if (queue.cards.length !== 200) throw new Error(`queue of ${queue.cards.length}, not 200`);
  }
  const { cards } = await settle(handlers['review.queue']({}));
  for (const [index, card] of cards.entries()) {
    const rating = ratings[index % ratings.length] ?? 'good';
    await time(samples['review.rate'], () =>
      handlers['review.rate']({ highlightId: card.highlightId, rating }),
    );
  }
  return samples;
};

/**
 * The daily review through the real core, in process, on a library of 2,000 highlights in 40
 * documents: today's count and queue (200 new a day, with context read from each document) and
 * rating all 200 (each a committed transaction: the card and its log entry).
 */
export const review: Scenario = {
  name: 'review',
  description: `core in process, ${documentCount * highlightsPerDocument} highlights: review.dueCount, review.queue (200 cards), review.rate`,
  measure: () => withDataDir((dataDir) => withCore(dataDir, measureCore)),
};
