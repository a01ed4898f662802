import type { Span } from '../span';
import type { SharedStretch, TextEdit } from './textEdit';

/**
 * Where a range of the old text is in the new one, by the edit between them. 'kept': all its
 * words are there, in one run, and it lands on them exactly. 'edited': most of its words are
 * there; it spans them (and what was written between them). 'lost': most of its words went
 * (deleted, rewritten or moved away); only a search for its quote can find it now.
 */
export type FollowResult =
  | { kind: 'kept'; start: number; end: number }
  | { kind: 'edited'; start: number; end: number }
  | { kind: 'lost' };

const lost: FollowResult = { kind: 'lost' };
const word = /[\p{L}\p{N}_]+/gu;

/** How much longer than the old range the new one may be before it is no longer "its words". */
const maxGrowth = (length: number): number => 2 * length + 40;

/** Index of the last stretch starting at or before `offset` in the old text, or -1. */
const stretchBefore = (stretches: readonly SharedStretch[], offset: number): number => {
  let low = 0;
  let high = stretches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((stretches[middle]?.oldStart ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
};

/** The new offset of old [from, to) when one shared stretch holds all of it, else -1. */
const shiftedStart = (stretches: readonly SharedStretch[], from: number, to: number): number => {
  const stretch = stretches[stretchBefore(stretches, from)];
  if (!stretch || to > stretch.oldStart + stretch.length) return -1;
  return stretch.newStart + from - stretch.oldStart;
};

const isSpace = (text: string, index: number): boolean => /\s/u.test(text.charAt(index));

/** The range without white space at either end (empty ranges stay empty). */
const trimmed = (text: string, { start, end }: Span): Span => {
  while (start < end && isSpace(text, start)) start += 1;
  while (end > start && isSpace(text, end - 1)) end -= 1;
  return { start, end };
};

const withoutSpace = (text: string): string => text.replace(/\s+/gu, '');

/** Follows one old range [start, end) through `edit` (see FollowResult). */
export const followRange = (
  edit: TextEdit,
  oldText: string,
  newText: string,
  range: Span,
): FollowResult => {
  const { stretches } = edit;
  // The common case: the whole range, white space and all, is in one kept stretch.
  const whole = shiftedStart(stretches, range.start, range.end);
  if (whole >= 0) return { kind: 'kept', start: whole, end: whole + range.end - range.start };
  const { start, end } = trimmed(oldText, range);
  if (start >= end) return lost;
  let words = 0;
  let kept = 0;
  let first: Span | null = null;
  let last: Span | null = null;
  const inside = oldText.slice(start, end);
  for (const match of inside.matchAll(word)) {
    words += 1;
    const from = start + match.index;
    const to = from + match[0].length;
    const newFrom = shiftedStart(stretches, from, to);
    if (newFrom < 0) continue;
    kept += 1;
    first ??= { start: newFrom, end: newFrom + (to - from) };
    last = { start: newFrom, end: newFrom + (to - from) };
  }
  // A range without letters or digits (punctuation, a symbol) follows only if all of it is kept.
  if (words === 0) {
    const newFrom = shiftedStart(stretches, start, end);
    return newFrom < 0 ? lost : { kind: 'kept', start: newFrom, end: newFrom + end - start };
  }
  if (!first || !last || kept * 2 <= words) return lost;
  // Stretch out to the range's own edges where they were kept (punctuation, a partial word).
  const head = shiftedStart(stretches, start, start + 1);
  const tail = shiftedStart(stretches, end - 1, end);
  const newStart = head >= 0 && head <= first.start ? head : first.start;
  const newEnd = tail >= 0 && tail + 1 >= last.end ? tail + 1 : last.end;
  if (newEnd <= newStart || newEnd - newStart > maxGrowth(end - start)) return lost;
  const landed = newText.slice(newStart, newEnd);
  const unchanged = kept === words && withoutSpace(landed) === withoutSpace(inside);
  return { kind: unchanged ? 'kept' : 'edited', start: newStart, end: newEnd };
};

/** followRange for many ranges of one text, in the same order. */
export const followRanges = (
  edit: TextEdit,
  oldText: string,
  newText: string,
  ranges: readonly Span[],
): FollowResult[] => ranges.map((range) => followRange(edit, oldText, newText, range));
