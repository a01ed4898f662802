import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followRange } from './followEdit';
import { computeTextEdit } from './textEdit';

// The highlight's words also occur around it (the hard case: the same words elsewhere). Edits
// insert only words of their own and leave the word on each side of the highlight alone, so a
// copy of it is never written, or uncovered, right next to it: that would leave any diff two
// equally good answers. Text may be deleted on one side of the highlight only, since words in
// the middle of a stretch rewritten on both sides may be there by chance (see tokenDiff).
const sharedWords = ['the', 'alliance', 'paid', 'more', 'troops', 'of', 'a'];
const insertedWords = ['summit', 'tariff', 'envoy', 'ports'];
const wordsFrom = (list: string[], max: number) =>
  fc.array(fc.constantFrom(...list), { minLength: 0, maxLength: max });
const separators = fc.constantFrom(' ', ' ', ' ', '\n\n');

/**
 * Words joined by spaces and, now and then, paragraph breaks. Each paragraph opens with a word
 * of its own (`tag` and its place): identical paragraphs around a changed one ("the", "the")
 * would leave the paragraph-level diff several equally good alignments, a known limit where the
 * quote search takes over; the words inside paragraphs still repeat freely.
 */
const prose = (list: string[], max: number, tag = 'p') =>
  fc
    .tuple(wordsFrom(list, max), fc.array(separators, { minLength: max, maxLength: max }))
    .map(([words, gaps]) =>
      words
        .map((word, index) => {
          if (index === 0) return word;
          const gap = gaps[index] ?? ' ';
          return gap === ' ' ? ` ${word}` : `${gap}${tag}${index} ${word}`;
        })
        .join(''),
    );

interface WordEdit {
  at: number;
  remove: number;
  insert: string;
}

const wordEdit: fc.Arbitrary<WordEdit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: prose(insertedWords, 5),
});

/** Replaces `remove` words at word `at` by `insert` (a deletion, insertion or rewording). */
const applyEdit = (text: string, { at, remove, insert }: WordEdit): string => {
  const words = text.split(' ');
  const from = at % (words.length + 1);
  const kept = [
    ...words.slice(0, from),
    ...(insert ? [insert] : []),
    ...words.slice(from + remove),
  ];
  return kept.filter((word) => word.length > 0).join(' ');
};

const case_ = fc.record({
  deletesBefore: fc.boolean(),
  before: prose(sharedWords, 30, 'before'),
  quote: prose(sharedWords, 8).filter((quote) => /\S/u.test(quote) && !quote.includes('\n\n')),
  after: prose(sharedWords, 30, 'after'),
  beforeEdits: fc.array(wordEdit, { maxLength: 4 }),
  afterEdits: fc.array(wordEdit, { maxLength: 4 }),
});

describe('following a highlight through an edit (properties)', () => {
  it('never moves a highlight whose words the edits left alone', () => {
    fc.assert(
      fc.property(case_, ({ deletesBefore, before, quote, after, beforeEdits, afterEdits }) => {
        const insertOnly = (edit: WordEdit): WordEdit => ({ ...edit, remove: 0 });
        const oldBefore = `${before} Seoul `;
        const oldAfter = ` Tokyo ${after}`;
        const newBefore = (deletesBefore ? beforeEdits : beforeEdits.map(insertOnly)).reduce(
          applyEdit,
          before,
        );
        const newAfter = (deletesBefore ? afterEdits.map(insertOnly) : afterEdits).reduce(
          applyEdit,
          after,
        );
        const left = `${newBefore} Seoul `;
        const right = ` Tokyo ${newAfter}`;
        const oldText = `${oldBefore}${quote}${oldAfter}`;
        const newText = `${left}${quote}${right}`;
        const range = { start: oldBefore.length, end: oldBefore.length + quote.length };
        const result = followRange(computeTextEdit(oldText, newText), oldText, newText, range);
        expect(result).toEqual({
          kind: 'kept',
          start: left.length,
          end: left.length + quote.length,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never lands a followed highlight outside the new text or on an empty range', () => {
    const texts = fc.tuple(prose(sharedWords, 40), prose([...sharedWords, ...insertedWords], 40));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat({ max: 12 }), ([oldText, newText], at, length) => {
        const start = oldText.length === 0 ? 0 : at % oldText.length;
        const end = Math.min(oldText.length, start + length + 1);
        fc.pre(start < end);
        const result = followRange(computeTextEdit(oldText, newText), oldText, newText, {
          start,
          end,
        });
        if (result.kind === 'lost') return;
        expect(result.start).toBeGreaterThanOrEqual(0);
        expect(result.end).toBeLessThanOrEqual(newText.length);
        expect(result.start).toBeLessThan(result.end);
        if (result.kind === 'kept') {
          expect(newText.slice(result.start, result.end).replace(/\s+/gu, '')).toBe(
            oldText.slice(start, end).replace(/\s+/gu, ''),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
