import { z } from 'zod';
import { splitsSurrogatePair } from './surrogates';

/** UTF-16 code units of context kept on each side of a highlight's quote. */
export const quoteContextLength = 32;

/**
 * Longest prefix or suffix accepted from outside. describeRange writes 32 units; the bound only
 * keeps a malformed selector from making every context comparison expensive.
 */
export const maxQuoteContextLength = 256;

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the canonical text. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.start < selector.end, {
    message: 'A text position selector needs start < end.',
    path: ['end'],
  });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** W3C Web Annotation TextQuoteSelector: the quoted text and the text just around it. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'A quote selector needs a non-empty quote.'),
  prefix: z.string().max(maxQuoteContextLength),
  suffix: z.string().max(maxQuoteContextLength),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

/** The pair of selectors a highlight stores and re-anchors from. */
export const rangeSelectorsSchema = z.object({
  position: textPositionSelectorSchema,
  quote: textQuoteSelectorSchema,
});
export type RangeSelectors = z.infer<typeof rangeSelectorsSchema>;

const checkRange = (text: string, start: number, end: number): void => {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Range offsets must be integers, got start=${start}, end=${end}.`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Invalid range [${start}, ${end}) in a text of ${text.length} UTF-16 units: ` +
        'it needs 0 <= start < end <= text length.',
    );
  }
};

/**
 * Selectors for text[start, end): the position and the quote with up to 32 units of context on
 * each side (fewer at the ends of the text, and one fewer where the 32nd unit would cut an emoji
 * in half, so a stored prefix or suffix never begins or ends with a lone surrogate).
 */
export const describeRange = (text: string, start: number, end: number): RangeSelectors => {
  checkRange(text, start, end);
  let prefixStart = Math.max(0, start - quoteContextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + quoteContextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
};
