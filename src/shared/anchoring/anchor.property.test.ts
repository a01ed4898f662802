import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorRange } from './anchor';
import { seededRandom } from '../random';
import { generateText } from './generatedText';
import { describeRange } from './selectors';
import { isHighSurrogate, isLowSurrogate } from './surrogates';

// A tiny alphabet makes repeated quotes (the hard case) common; the emoji and the lone high
// surrogate put surrogate pairs, broken ones included, at every kind of boundary.
const tinyText = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', '\ud83d'), maxLength: 40 });
const wideText = fc.string({ unit: 'grapheme', maxLength: 60 });
const anyText = fc.oneof(tinyText, wideText, fc.string({ unit: 'binary', maxLength: 60 }));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: anyText,
});

const applyEdit = (text: string, { at, remove, insert }: Edit): string => {
  const from = at % (text.length + 1);
  return text.slice(0, from) + insert + text.slice(Math.min(text.length, from + remove));
};

/**
 * A text cut as before + quote + after, with edits (insertions, deletions, replacements) applied
 * to `before` and `after` only, so none of them can touch the quote itself.
 */
const editedOutside = (quote: fc.Arbitrary<string>, editsBefore = true) =>
  fc
    .record({
      before: anyText,
      quote,
      after: anyText,
      beforeEdits: fc.array(edit, { maxLength: editsBefore ? 4 : 0 }),
      afterEdits: fc.array(edit, { maxLength: 4 }),
    })
    .map(({ before, quote: exact, after, beforeEdits, afterEdits }) => {
      const newBefore = beforeEdits.reduce(applyEdit, before);
      const newAfter = afterEdits.reduce(applyEdit, after);
      return {
        exact,
        selectors: describeRange(
          before + exact + after,
          before.length,
          before.length + exact.length,
        ),
        shift: newBefore.length - before.length,
        newText: newBefore + exact + newAfter,
      };
    });

describe('anchoring properties', () => {
  it('anchors what describeRange described, on the same text, at the same offsets', () => {
    const textAndRange = anyText
      .filter((text) => text.length > 0)
      .chain((text) =>
        fc.tuple(fc.constant(text), fc.nat(text.length - 1), fc.nat(text.length - 1)),
      );
    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b) + 1];
        expect(anchorRange(text, describeRange(text, start, end))).toEqual({
          status: 'anchored',
          start,
          end,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never orphans a quote when only the text around it was edited', () => {
    fc.assert(
      fc.property(editedOutside(anyText.filter((q) => q.length > 0)), (c) => {
        const result = anchorRange(c.newText, c.selectors);
        expect(result.status).not.toBe('orphaned');
        if (result.status !== 'orphaned') {
          expect(c.newText.slice(result.start, result.end)).toBe(c.exact);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a quote anchored at the same offsets when only text after it was edited', () => {
    fc.assert(
      fc.property(
        editedOutside(
          anyText.filter((q) => q.length > 0),
          false,
        ),
        (c) => {
          expect(anchorRange(c.newText, c.selectors)).toEqual({
            status: 'anchored',
            start: c.selectors.position.start,
            end: c.selectors.position.end,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  // With edits before the quote, the offsets can only be promised where the quote occurs once in
  // the edited text. Otherwise no strategy that trusts the stored position can keep the promise:
  // in "xQy" an edit inserting "xQy" at the front gives "xQyxQy", where the stored position
  // holds Q verbatim (the copy, step a) while the shifted original sits 3 units later with the
  // very same context. So the precondition states that limit instead of hiding it in generators.
  it('finds a quote that occurs once at its offset shifted by the edits before it', () => {
    const quote = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 2, maxLength: 20 }),
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', 'c'), minLength: 4, maxLength: 12 }),
    );
    fc.assert(
      fc.property(editedOutside(quote), (c) => {
        fc.pre(c.newText.indexOf(c.exact) === c.newText.lastIndexOf(c.exact));
        const start = c.selectors.position.start + c.shift;
        expect(anchorRange(c.newText, c.selectors)).toEqual({
          status: c.shift === 0 ? 'anchored' : 'moved',
          start,
          end: start + c.exact.length,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a prose quote with one word replaced at its place, as moved', () => {
    const text = generateText(20_000, 21);
    const words = generateText(2_000, 22)
      .split(/\W+/)
      .filter((word) => word.length > 0);
    const scenario = fc.record({
      at: fc.nat(text.length - 400),
      length: fc.integer({ min: 60, max: 300 }),
      word: fc.constantFrom(...words),
      shift: fc.nat(30_000),
    });
    fc.assert(
      fc.property(scenario, ({ at, length, word, shift }) => {
        const start = text.indexOf(' ', at) + 1;
        const end = start + length;
        const middle = text.indexOf(' ', start + Math.floor(length / 3)) + 1;
        const wordEnd = text.indexOf(' ', middle);
        fc.pre(middle > start && wordEnd < end - 1);
        const inserted = generateText(shift, shift).slice(0, shift);
        const newText = inserted + text.slice(0, middle) + word + text.slice(wordEnd, text.length);
        const delta = word.length - (wordEnd - middle);
        const result = anchorRange(newText, describeRange(text, start, end));
        const expected = text.slice(start, middle) + word + text.slice(wordEnd, end);
        const unchanged = inserted.length === 0 && expected === text.slice(start, end);
        expect(result.status).toBe(unchanged ? 'anchored' : 'moved');
        if (result.status === 'orphaned') return;
        expect(result.start).toBe(start + inserted.length);
        expect(result.end).toBe(end + inserted.length + delta);
      }),
      { numRuns: 60 },
    );
  });

  it('orphans a quote whose whole paragraph was deleted', () => {
    const text = generateText(30_000, 31);
    const paragraphs = text.split('\n\n');
    const scenario = fc.record({ index: fc.nat(paragraphs.length - 1), seed: fc.nat() });
    fc.assert(
      fc.property(scenario, ({ index, seed }) => {
        const paragraph = paragraphs[index] ?? '';
        const random = seededRandom(seed);
        const offset = Math.floor(random() * (paragraph.length - 40));
        const length = Math.min(paragraph.length - offset, 40 + Math.floor(random() * 200));
        const start = paragraphs.slice(0, index).join('\n\n').length + (index > 0 ? 2 : 0);
        const selectors = describeRange(text, start + offset, start + offset + length);
        const newText = paragraphs.filter((_, i) => i !== index).join('\n\n');
        fc.pre(!newText.includes(selectors.quote.exact));
        expect(anchorRange(newText, selectors)).toEqual({ status: 'orphaned' });
      }),
      { numRuns: 60 },
    );
  });

  it('never returns a range that cuts a whole surrogate pair in half', () => {
    const emojiText = fc.string({
      unit: fc.constantFrom('ab', ' ', '😀', '🤝', 'x'),
      maxLength: 50,
    });
    const scenario = fc.record({
      text: emojiText.filter((t) => t.length >= 8),
      a: fc.nat(),
      b: fc.nat(),
      edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: emojiText }), {
        maxLength: 3,
      }),
    });
    const splits = (text: string, offset: number): boolean =>
      isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
    fc.assert(
      fc.property(scenario, ({ text, a, b, edits }) => {
        let start = Math.min(a, b) % text.length;
        let end = start + 1 + (Math.max(a, b) % (text.length - start));
        if (splits(text, start)) start -= 1;
        if (splits(text, end)) end += 1;
        const newText = edits.reduce(applyEdit, text);
        const result = anchorRange(newText, describeRange(text, start, end));
        if (result.status === 'orphaned') return;
        expect(splits(newText, result.start)).toBe(false);
        expect(splits(newText, result.end)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
