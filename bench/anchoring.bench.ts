// Re-anchoring highlights on a 1 MB text: all unchanged (the common case when a document opens),
// lightly edited quotes in a text shifted by inserts elsewhere (a re-import of a new version),
// and highlights whose passages are gone (orphans, the slowest case).
import { anchorAll, describeRange, type RangeSelectors } from '../src/shared/anchoring';
import { generateSentence, generateText } from '../src/shared/anchoring/generatedText';
import { seededRandom } from '../src/shared/random';

const textLength = 1_000_000;

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies non-overlapping edits given in any order. */
const applyEdits = (text: string, edits: readonly Edit[]): string => {
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    pieces.push(text.slice(cursor, edit.at), edit.insert);
    cursor = edit.at + edit.remove;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
};

/** `count` highlights of `minLength` to 300 units, each starting at a word, spread evenly. */
const highlights = (
  text: string,
  count: number,
  seed: number,
  minLength: number,
): RangeSelectors[] => {
  const random = seededRandom(seed);
  const slot = Math.floor(text.length / count);
  return Array.from({ length: count }, (_, index) => {
    const guess = index * slot + Math.floor(random() * (slot / 2));
    const start = text.indexOf(' ', guess) + 1;
    const length = minLength + Math.floor(random() * (300 - minLength));
    const end = Math.min(start + length, text.length);
    return describeRange(text, start, end);
  });
};

/**
 * Replaces one word in the middle of each quote by a word of the same text (so by something of
 * a similar length, as a light correction would) and inserts a sentence between highlights.
 */
const editedVersion = (text: string, items: readonly RangeSelectors[], seed: number): string => {
  const random = seededRandom(seed);
  const edits: Edit[] = [];
  items.forEach((item, index) => {
    const { start, end } = item.position;
    const wordStart = text.indexOf(' ', start + Math.floor((end - start) / 2)) + 1;
    const wordEnd = text.indexOf(' ', wordStart);
    if (wordStart > start && wordEnd > wordStart && wordEnd < end) {
      const replacement = generateSentence(random).split(' ')[1] ?? 'the';
      edits.push({ at: wordStart, remove: wordEnd - wordStart, insert: replacement });
    }
    const nextStart = items[index + 1]?.position.start ?? text.length;
    const gap = nextStart - end;
    const at = end + Math.floor(gap / 4 + random() * (gap / 2));
    edits.push({ at, remove: 0, insert: ` ${generateSentence(random)}` });
  });
  return applyEdits(text, edits);
};

const sample = (runs: number, work: () => void): number[] => {
  work(); // warm-up: the first run also pays for JIT compilation
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
};

export default async function run(): Promise<Record<string, number[]>> {
  const text = generateText(textLength, 11);

  const unchanged = highlights(text, 2000, 5, 20);
  const unchangedSamples = sample(20, () => {
    const results = anchorAll(text, unchanged);
    if (results.some((result) => result.status !== 'anchored')) {
      throw new Error('unchanged text: every highlight should stay anchored');
    }
  });

  const edited = highlights(text, 200, 6, 60);
  const newText = editedVersion(text, edited, 7);
  const editedSamples = sample(10, () => {
    const results = anchorAll(newText, edited);
    if (results.some((result) => result.status !== 'moved')) {
      throw new Error('edited text: every lightly edited highlight should be found as moved');
    }
  });

  // Issue 13: 20 highlights whose passages are gone, within 100 ms (the far search looks only
  // where the quote's rarest words point, not through the whole text).
  const gone = highlights(text, 20, 8, 60);
  const unrelated = generateText(textLength, 12);
  const orphanSamples = sample(10, () => {
    if (anchorAll(unrelated, gone).some((result) => result.status !== 'orphaned')) {
      throw new Error('unrelated text: every highlight should be orphaned');
    }
  });

  return {
    'reanchor-2000-unchanged-1mb': unchangedSamples,
    'reanchor-200-edited-1mb': editedSamples,
    'reanchor-20-orphaned-1mb': orphanSamples,
  };
}
