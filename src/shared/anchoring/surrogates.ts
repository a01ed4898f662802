import type { Span } from '../span';
/**
 * UTF-16 surrogate helpers. Offsets in Gloss are UTF-16 code units, so a boundary can fall
 * between the two halves of an emoji; these keep the edges we choose ourselves whole.
 */

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between a high and a low surrogate of one code point. */
export const splitsSurrogatePair = (text: string, offset: number): boolean =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset));

/** Moves a start offset back and an end offset forward so the span holds whole code points. */
export const widenToCodePoints = (text: string, start: number, end: number): Span => ({
  start: splitsSurrogatePair(text, start) ? start - 1 : start,
  end: splitsSurrogatePair(text, end) ? end + 1 : end,
});
