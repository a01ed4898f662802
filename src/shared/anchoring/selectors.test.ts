import { describe, expect, it } from 'vitest';
import {
  describeRange,
  quoteContextLength,
  rangeSelectorsSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from './selectors';

const alphabet = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);

describe('describeRange', () => {
  it('keeps the quote and 32 units of context on each side', () => {
    const { position, quote } = describeRange(alphabet, 40, 45);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe(alphabet.slice(40, 45));
    expect(quote.prefix).toBe(alphabet.slice(8, 40));
    expect(quote.suffix).toBe(alphabet.slice(45, 77));
    expect(quote.prefix).toHaveLength(quoteContextLength);
  });

  it('clamps the context at both ends of the text', () => {
    const { quote } = describeRange('Hello, world', 0, 12);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Hello, world',
      prefix: '',
      suffix: '',
    });
    expect(describeRange('Hello, world', 3, 5).quote).toMatchObject({
      prefix: 'Hel',
      suffix: ', world',
    });
  });

  it('never cuts an emoji in half at the edges of the context', () => {
    // The 32nd unit before the quote and the 32nd after it are each the second half of an emoji.
    const text = 'x😀' + 'a'.repeat(31) + 'QUOTE' + 'b'.repeat(31) + '😀y';
    const start = text.indexOf('QUOTE');
    const { quote } = describeRange(text, start, start + 5);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
    const whole = describeRange('😀'.repeat(40), 40, 42).quote;
    expect(whole.prefix).toBe('😀'.repeat(16));
    expect(whole.suffix).toBe('😀'.repeat(16));
  });

  it('rejects empty, reversed, out-of-bounds and fractional ranges with a RangeError', () => {
    expect(() => describeRange('abc', 1, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 2, 1)).toThrow(/0 <= start < end <= text length/);
    expect(() => describeRange('abc', -1, 2)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(/text of 3 UTF-16 units/);
    expect(() => describeRange('abc', 0.5, 2)).toThrow(/integers/);
    expect(() => describeRange('', 0, 0)).toThrow(RangeError);
  });
});

describe('selector schemas', () => {
  it('accept what describeRange produces', () => {
    const selectors = describeRange('The quick brown fox', 4, 9);
    expect(rangeSelectorsSchema.parse(selectors)).toEqual(selectors);
  });

  it('reject malformed selectors', () => {
    const position = { type: 'TextPositionSelector', start: 5, end: 5 };
    expect(textPositionSelectorSchema.safeParse(position).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ ...position, start: -1 }).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ ...position, end: 6.5 }).success).toBe(false);
    expect(textPositionSelectorSchema.safeParse({ ...position, type: 'Other' }).success).toBe(
      false,
    );
    const quote = { type: 'TextQuoteSelector', exact: 'fox', prefix: '', suffix: '' };
    expect(textQuoteSelectorSchema.safeParse(quote).success).toBe(true);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, exact: '' }).success).toBe(false);
    expect(textQuoteSelectorSchema.safeParse({ ...quote, prefix: 'p'.repeat(300) }).success).toBe(
      false,
    );
    expect(textQuoteSelectorSchema.safeParse({ exact: 'fox' }).success).toBe(false);
  });
});
