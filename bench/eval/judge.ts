import DiffMatchPatch from 'diff-match-patch';
import type { Span } from '../../src/shared/span';

/** A whitespace-separated word of a text, by offsets. */
export type Word = Span;

export const wordsOf = (text: string): Word[] =>
  Array.from(text.matchAll(/\S+/gu), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));

/** What the word diff says became of a highlight's words. */
export type Fate = 'unchanged' | 'mostKept' | 'gone';

/** What a matcher did with a highlight, judged against the word diff. */
export interface Verdict {
  fate: Fate;
  keptExactly: boolean;
  followed: boolean;
  orphaned: boolean;
  wrong: boolean;
}

/** Where the words of one version are in the next, by a word diff of the two whole texts. */
export interface WordMap {
  oldText: string;
  newText: string;
  oldWords: Word[];
  newWords: Word[];
  /** New word index of each old word, or -1 when the diff says it is gone. */
  oldToNew: Int32Array;
}

const wordText = (text: string, words: readonly Word[]): string[] =>
  words.map(({ start, end }) => text.slice(start, end));

interface Run {
  oldIndex: number;
  newIndex: number;
  count: number;
}

/**
 * The judge's own word diff, independent of the product's (src/shared/anchoring/tokenDiff.ts):
 * diff-match-patch over words as units, with its stock semantic clean-up, nothing else.
 */
const diffWords = (a: readonly string[], b: readonly string[]): Run[] => {
  const table = new Map<string, string>();
  const encode = (words: readonly string[]) =>
    words
      .map((word) => {
        let unit = table.get(word);
        if (unit === undefined) {
          if (table.size >= 0xfffe) throw new Error('too many distinct words for the judge');
          unit = String.fromCharCode(table.size + 1);
          table.set(word, unit);
        }
        return unit;
      })
      .join('');
  const engine = new DiffMatchPatch();
  engine.Diff_Timeout = 0;
  const diffs = engine.diff_main(encode(a), encode(b), false);
  engine.diff_cleanupSemantic(diffs);
  const runs: Run[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const [operation, units] of diffs) {
    if (operation === DiffMatchPatch.DIFF_EQUAL) {
      runs.push({ oldIndex, newIndex, count: units.length });
      oldIndex += units.length;
      newIndex += units.length;
    } else if (operation === DiffMatchPatch.DIFF_DELETE) oldIndex += units.length;
    else newIndex += units.length;
  }
  return runs;
};

export const mapWords = (oldText: string, newText: string): WordMap => {
  const oldWords = wordsOf(oldText);
  const newWords = wordsOf(newText);
  const oldToNew = new Int32Array(oldWords.length).fill(-1);
  const runs = diffWords(wordText(oldText, oldWords), wordText(newText, newWords));
  for (const { oldIndex, newIndex, count } of runs) {
    for (let k = 0; k < count; k += 1) oldToNew[oldIndex + k] = newIndex + k;
  }
  return { oldText, newText, oldWords, newWords, oldToNew };
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Share of `quote`'s words found, in order, in `landed` (0 to 1). */
const wordSimilarity = (quote: string, landed: string): number => {
  const quoteWords = quote.split(/\s+/u).filter(Boolean);
  const landedWords = landed.split(/\s+/u).filter(Boolean);
  const shared = diffWords(quoteWords, landedWords).reduce((sum, run) => sum + run.count, 0);
  return quoteWords.length === 0 ? 0 : shared / quoteWords.length;
};

/**
 * Judges where a highlight of old words [first, last] landed (null: orphaned). Unchanged words
 * (all there, in one run) must be kept exactly; of mostly kept ones, "followed" means landed on
 * at least half of the surviving words. Wrong: landed on none of its surviving words, unless its
 * words are gone by the diff and it landed on a copy of its quote (a moved passage).
 */
export const judge = (map: WordMap, first: number, last: number, landed: Span | null): Verdict => {
  const survivors: Span[] = [];
  let inOneRun = true;
  for (let index = first; index <= last; index += 1) {
    const target = map.oldToNew[index] ?? -1;
    if (target < 0) {
      inOneRun = false;
      continue;
    }
    if (index > first && target !== (map.oldToNew[index - 1] ?? -2) + 1) inOneRun = false;
    const word = map.newWords[target];
    if (word) survivors.push(word);
  }
  const count = last - first + 1;
  const fate: Fate = inOneRun ? 'unchanged' : survivors.length * 2 > count ? 'mostKept' : 'gone';
  const verdict = { fate, keptExactly: false, followed: false, orphaned: landed === null };
  if (!landed) return { ...verdict, wrong: false };
  const hit = survivors.filter((word) => overlaps(word, landed)).length;
  const expected = { start: survivors[0]?.start ?? -1, end: survivors.at(-1)?.end ?? -1 };
  const oldQuote = map.oldText.slice(map.oldWords[first]?.start, map.oldWords[last]?.end);
  const copyOfQuote =
    fate === 'gone' && wordSimilarity(oldQuote, map.newText.slice(landed.start, landed.end)) >= 0.5;
  return {
    ...verdict,
    keptExactly:
      fate === 'unchanged' && landed.start === expected.start && landed.end === expected.end,
    followed: fate === 'mostKept' && hit * 2 >= survivors.length,
    wrong: hit === 0 && !copyOfQuote,
  };
};
