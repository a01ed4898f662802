import { commonRuns, commonRunsOfIds } from './tokenDiff';
import { idCounts, tokenIds } from './tokenIds';
import { pushWordTokens } from './wordTokens';

/** A stretch of text the old and the new version share: old[oldStart..+length) = new[newStart..]. */
export interface SharedStretch {
  oldStart: number;
  newStart: number;
  length: number;
}

/**
 * What an edit kept of the old text: the shared stretches, in order in both texts (a diff never
 * reorders). Text outside them was deleted, rewritten or moved.
 */
export interface TextEdit {
  stretches: SharedStretch[];
}

const paragraphSeparator = '\n\n';

interface Pieces {
  texts: string[];
  starts: number[];
}

/** The text cut at its paragraph breaks, with each paragraph's start. */
const paragraphsOf = (text: string): Pieces => {
  const texts: string[] = [];
  const starts: number[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(paragraphSeparator, start);
    texts.push(text.slice(start, end < 0 ? text.length : end));
    starts.push(start);
    if (end < 0) return { texts, starts };
    start = end + paragraphSeparator.length;
  }
};

const endOf = (pieces: Pieces, index: number): number =>
  (pieces.starts[index] ?? 0) + (pieces.texts[index]?.length ?? 0);

/**
 * A rewritten stretch compared word by word gets this long (in seconds) before diff-match-patch
 * settles for a coarser answer: only a stretch of thousands of unrelated words comes near it.
 */
const wordDiffTimeout = 0.1;

/**
 * The word tokens of paragraphs [from, to), with the breaks after them, leaving out paragraphs
 * found word for word in the other version: they moved, and the quote search finds them there.
 */
const wordsOf = (
  text: string,
  paragraphs: Pieces,
  from: number,
  to: number,
  movedAway: (index: number) => boolean,
): Pieces => {
  const texts: string[] = [];
  const starts: number[] = [];
  for (let index = from; index < to; index += 1) {
    if (movedAway(index)) continue;
    const start = paragraphs.starts[index] ?? 0;
    const end = index + 1 < to ? (paragraphs.starts[index + 1] ?? 0) : endOf(paragraphs, index);
    pushWordTokens(text, start, end, texts, starts);
  }
  return { texts, starts };
};

/**
 * The edit between two versions of a canonical text: paragraphs are compared first, then the
 * words of each stretch of changed paragraphs, so a long text with a few edits stays fast. The
 * word diff drops short coincidental matches ("the", a comma) between rewritten sentences.
 */
export const computeTextEdit = (oldText: string, newText: string): TextEdit => {
  const stretches: SharedStretch[] = [];
  const share = (oldStart: number, newStart: number, length: number): void => {
    if (length > 0) stretches.push({ oldStart, newStart, length });
  };
  const oldParagraphs = paragraphsOf(oldText);
  const newParagraphs = paragraphsOf(newText);
  // Paragraphs by id (see tokenIds): equal paragraphs, equal ids.
  const paragraphIds = tokenIds(oldParagraphs.texts, newParagraphs.texts);
  const inOld = idCounts(paragraphIds.a, paragraphIds.distinct);
  const inNew = idCounts(paragraphIds.b, paragraphIds.distinct);
  /** Changed paragraphs [oldFrom, oldTo) and [newFrom, newTo): their words are compared. */
  const compareWords = (oldFrom: number, oldTo: number, newFrom: number, newTo: number) => {
    // Only deleted or only inserted (a paragraph moved away or in): no words to compare.
    if (oldFrom === oldTo || newFrom === newTo) return;
    // A paragraph found word for word elsewhere in the other version moved there; one found in
    // the facing changed stretch stayed (the stretch was merged around it) and is compared.
    const facingOld = new Set(paragraphIds.a.subarray(oldFrom, oldTo));
    const facingNew = new Set(paragraphIds.b.subarray(newFrom, newTo));
    const movedFromOld = (index: number) => {
      const id = paragraphIds.a[index] ?? -1;
      return (inNew[id] ?? 0) > 0 && !facingNew.has(id);
    };
    const movedFromNew = (index: number) => {
      const id = paragraphIds.b[index] ?? -1;
      return (inOld[id] ?? 0) > 0 && !facingOld.has(id);
    };
    const oldWords = wordsOf(oldText, oldParagraphs, oldFrom, oldTo, movedFromOld);
    const newWords = wordsOf(newText, newParagraphs, newFrom, newTo, movedFromNew);
    if (oldWords.texts.length === 0 || newWords.texts.length === 0) return;
    const runs = commonRuns(oldWords.texts, newWords.texts, {
      semantic: true,
      timeoutSeconds: wordDiffTimeout,
    });
    for (const run of runs) {
      // A run of tokens may jump over a paragraph left out of the comparison: split it there.
      let first = run.oldIndex;
      for (let index = run.oldIndex; index < run.oldIndex + run.count; index += 1) {
        const next = index + 1;
        const newIndex = run.newIndex + (index - run.oldIndex);
        const joined =
          next < run.oldIndex + run.count &&
          oldWords.starts[next] === endOf(oldWords, index) &&
          newWords.starts[newIndex + 1] === endOf(newWords, newIndex);
        if (joined) continue;
        const oldStart = oldWords.starts[first] ?? 0;
        share(
          oldStart,
          newWords.starts[run.newIndex + (first - run.oldIndex)] ?? 0,
          endOf(oldWords, index) - oldStart,
        );
        first = next;
      }
    }
  };
  let oldNext = 0;
  let newNext = 0;
  // Short runs of equal paragraphs amid rewritten ones ("----", a one-word line) are dropped,
  // so the words around them are compared together rather than split into separate stretches.
  const runs = commonRunsOfIds(paragraphIds, { semantic: true });
  for (const run of [
    ...runs,
    { oldIndex: oldParagraphs.texts.length, newIndex: newParagraphs.texts.length, count: 0 },
  ]) {
    // The paragraphs between two shared runs changed: compare their words.
    compareWords(oldNext, run.oldIndex, newNext, run.newIndex);
    if (run.count > 0) {
      const oldStart = oldParagraphs.starts[run.oldIndex] ?? 0;
      share(
        oldStart,
        newParagraphs.starts[run.newIndex] ?? 0,
        endOf(oldParagraphs, run.oldIndex + run.count - 1) - oldStart,
      );
    }
    oldNext = run.oldIndex + run.count;
    newNext = run.newIndex + run.count;
  }
  return { stretches };
};
