import type { Core } from '../../src/core/index';
import { generateText } from '../../src/shared/anchoring/generatedText';
import { seededRandom } from '../../src/shared/random';
import { canonicalText } from '../../src/shared/text';
import { since, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';

const highlightCount = 2000;
const rewordedShare = 0.05;
const movedShare = 0.02;
const runs = 7;
const metric = 'documents.replaceText-revision-1mb-2000';

/**
 * A revision as authors make them: 5 % of the paragraphs reworded (a word changed in every
 * other sentence) and 2 % moved elsewhere in the text.
 */
const revise = (body: string): string => {
  const random = seededRandom(19);
  const paragraphs = body.split('\n\n');
  const reworded = paragraphs.map((paragraph) =>
    random() < rewordedShare
      ? paragraph
          .split('. ')
          .map((sentence, index) =>
            index % 2 ? sentence.replace(/ \w+ /u, ' revised ') : sentence,
          )
          .join('. ')
      : paragraph,
  );
  const moving = reworded.filter(() => random() < movedShare);
  const staying = reworded.filter((paragraph) => !moving.includes(paragraph));
  for (const paragraph of moving) {
    staying.splice(Math.floor(random() * staying.length), 0, paragraph);
  }
  return staying.join('\n\n');
};

/** 2,000 word-aligned highlights of 3 to 30 words, spread evenly. */
const rangesIn = (body: string) => {
  const random = seededRandom(7);
  const slot = Math.floor(body.length / highlightCount);
  return Array.from({ length: highlightCount }, (_, index) => {
    const start = body.indexOf(' ', index * slot + Math.floor(random() * slot * 0.5)) + 1;
    let end = start;
    for (let words = 3 + Math.floor(random() * 28); words > 0; words -= 1) {
      end = body.indexOf(' ', end + 1);
    }
    return { start, end: Math.min(end, start + 400) };
  });
};

const measureCore = async ({ handlers }: Core) => {
  const samples: number[] = [];
  const text = generateText(1_000_000, 5);
  const { id } = await settle(handlers['documents.importText']({ text, title: 'Long report' }));
  const body = canonicalText((await settle(handlers['documents.get']({ id }))).blocks);
  for (const range of rangesIn(body)) {
    await settle(handlers['highlights.create']({ documentId: id, ...range, color: 'yellow' }));
  }
  const revised = revise(body);
  // Each run updates to the revision, then undoes it (not timed); the first is a warm-up.
  for (let run = -1; run < runs; run += 1) {
    const start = performance.now();
    const { report } = await settle(handlers['documents.replaceText']({ id, text: revised }));
    if (run >= 0) samples.push(since(start));
    if (report.kept + report.followed + report.edited + report.orphaned !== highlightCount) {
      throw new Error(`highlights went missing: ${JSON.stringify(report)}`);
    }
    if (report.kept < highlightCount * 0.85) {
      throw new Error(`too few highlights kept: ${JSON.stringify(report)}`);
    }
    await settle(handlers['documents.undoReplaceText']({ id }));
  }
  return { [metric]: samples };
};

/**
 * Highlights following their words through a revision of a 1 MB document (issue 19): 2,000
 * highlights, 5 % of paragraphs reworded and 2 % moved, one transaction through the contract.
 */
export const textUpdate: Scenario = {
  name: 'text-update',
  description: `core in process, 1 MB document, ${highlightCount} highlights through a revision`,
  measure: () => withDataDir((dataDir) => withCore(dataDir, measureCore)),
};
