import type { Core } from '../../src/core/index';
import { canonicalText } from '../../src/shared/text';
import { since, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';
import { generateText } from '../../src/shared/anchoring/generatedText';

const highlightCount = 2000;
const editedCount = 200;
const listRuns = 50;
const replaceRuns = 6;
const colors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

interface Range {
  start: number;
  end: number;
}

/** `count` ranges of 40 to 200 units, each from a word start to a word end, spread evenly. */
const rangesIn = (body: string, count: number): Range[] => {
  const slot = Math.floor(body.length / count);
  return Array.from({ length: count }, (_, index) => {
    const start = body.indexOf(' ', index * slot + ((index * 7919) % (slot / 2))) + 1;
    const wanted = start + 40 + ((index * 104_729) % 160);
    const end = Math.min(body.indexOf(' ', wanted), start + 250);
    return { start, end: end > start ? end : start + 40 };
  });
};

/**
 * `body` with one word in the middle of every tenth quote misspelt (its first letter moved to
 * its end: a light edit that keeps the length, so the other quotes stay where they were).
 */
const editedBody = (body: string, ranges: readonly Range[]): string => {
  let edited = body;
  const step = Math.floor(ranges.length / editedCount);
  for (let index = ranges.length - step; index >= 0; index -= step) {
    const range = ranges[index];
    if (!range) continue;
    const wordStart = edited.indexOf(' ', (range.start + range.end) >> 1) + 1;
    const wordEnd = edited.indexOf(' ', wordStart);
    if (wordStart <= range.start || wordEnd >= range.end) continue;
    const word = edited.slice(wordStart, wordEnd);
    const misspelt = `${word.slice(1)}${word.charAt(0)}`;
    edited = `${edited.slice(0, wordStart)}${misspelt}${edited.slice(wordEnd)}`;
  }
  return edited;
};

const time = async <T>(samples: number[], call: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await settle(call());
  samples.push(since(start));
  return value;
};

const measureCore = async ({ handlers }: Core) => {
  const samples = {
    'highlights.create': [] as number[],
    'annotations.list-2000': [] as number[],
    'documents.replaceText-1mb-2000': [] as number[],
  };
  // The anchoring tests' prose, not support/generate.ts: that one repeats whole passages
  // (its generator cycles), so an edited quote would find a verbatim copy far away instead.
  const text = generateText(1_000_000, 21);
  const imported = await settle(
    handlers['documents.importText']({ text, title: 'Generated report' }),
  );
  const documentId = imported.id;
  const document = await settle(handlers['documents.get']({ id: documentId }));
  const body = canonicalText(document.blocks);
  const ranges = rangesIn(body, highlightCount);
  for (const [index, range] of ranges.entries()) {
    const color = colors[index % colors.length] ?? 'yellow';
    await time(samples['highlights.create'], () =>
      handlers['highlights.create']({ documentId, ...range, color }),
    );
  }

  for (let run = 0; run < listRuns; run += 1) {
    const listed = await time(samples['annotations.list-2000'], () =>
      handlers['annotations.list']({ documentId }),
    );
    if (listed.highlights.length !== highlightCount) throw new Error('highlights went missing');
  }

  // Each run swaps to the other text, so every one re-anchors ~200 lightly edited quotes.
  const texts = [editedBody(body, ranges), body];
  for (let run = -1; run < replaceRuns; run += 1) {
    const next = texts[(run + 1) % 2] ?? body;
    const start = performance.now();
    const { report } = await settle(
      handlers['documents.replaceText']({ id: documentId, text: next }),
    );
    if (run >= 0) samples['documents.replaceText-1mb-2000'].push(since(start));
    if (report.orphaned > 0 || report.moved < editedCount * 0.9 || report.moved > editedCount) {
      throw new Error(`unexpected re-anchoring: ${JSON.stringify(report)}`);
    }
  }
  return samples;
};

/**
 * Annotations through the real core, in process, on a 1 MB document: creating a highlight (a
 * committed row, synchronous = FULL), listing 2,000 of them, and storing a new version of the
 * text that re-anchors all 2,000 with ~200 lightly edited quotes. The first replace is a
 * warm-up and is not counted.
 */
export const annotationsSqlite: Scenario = {
  name: 'annotations-sqlite',
  description: `core in process, 1 MB document: ${highlightCount} highlights.create, list, replaceText`,
  measure: () => withDataDir((dataDir) => withCore(dataDir, measureCore)),
};
