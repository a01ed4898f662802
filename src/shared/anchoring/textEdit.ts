import { commonRuns } from './tokenDiff';

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

/** The text cut at its paragraph breaks (or at `pattern`'s tokens), with each piece's start. */
const cut = (text: string, offset: number, pattern: RegExp | null): Pieces => {
  const texts: string[] = [];
  const starts: number[] = [];
  if (pattern) {
    for (const match of text.matchAll(pattern)) {
      texts.push(match[0]);
      starts.push(offset + match.index);
    }
    return { texts, starts };
  }
  let start = 0;
  for (;;) {
    const end = text.indexOf(paragraphSeparator, start);
    texts.push(text.slice(start, end < 0 ? text.length : end));
    starts.push(offset + start);
    if (end < 0) return { texts, starts };
    start = end + paragraphSeparator.length;
  }
};

/** Words, runs of white space and single other characters: what a word diff compares. */
const wordTokens = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;

const endOf = (pieces: Pieces, index: number): number =>
  (pieces.starts[index] ?? 0) + (pieces.texts[index]?.length ?? 0);

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
  const compareWords = (oldFrom: number, oldTo: number, newFrom: number, newTo: number) => {
    if (oldFrom >= oldTo || newFrom >= newTo) return;
    const oldWords = cut(oldText.slice(oldFrom, oldTo), oldFrom, wordTokens);
    const newWords = cut(newText.slice(newFrom, newTo), newFrom, wordTokens);
    for (const run of commonRuns(oldWords.texts, newWords.texts, { semantic: true })) {
      const last = run.count - 1;
      const oldStart = oldWords.starts[run.oldIndex] ?? 0;
      share(
        oldStart,
        newWords.starts[run.newIndex] ?? 0,
        endOf(oldWords, run.oldIndex + last) - oldStart,
      );
    }
  };
  const oldParagraphs = cut(oldText, 0, null);
  const newParagraphs = cut(newText, 0, null);
  let oldNext = 0;
  let newNext = 0;
  const runs = commonRuns(oldParagraphs.texts, newParagraphs.texts, { semantic: true });
  const paragraphStart = (pieces: Pieces, index: number, textLength: number) =>
    pieces.starts[index] ?? textLength;
  for (const run of [
    ...runs,
    { oldIndex: oldParagraphs.texts.length, newIndex: newParagraphs.texts.length, count: 0 },
  ]) {
    // The paragraphs between two shared runs changed: compare their words.
    const oldFrom = oldNext === 0 ? 0 : endOf(oldParagraphs, oldNext - 1);
    const newFrom = newNext === 0 ? 0 : endOf(newParagraphs, newNext - 1);
    compareWords(
      oldFrom,
      paragraphStart(oldParagraphs, run.oldIndex, oldText.length),
      newFrom,
      paragraphStart(newParagraphs, run.newIndex, newText.length),
    );
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
