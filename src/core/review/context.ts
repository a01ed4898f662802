import type { ReviewCard } from '../../shared/review';

/** How much of the text either side of a quote a card shows, at most. */
export const contextLength = 240;

/**
 * The words around [start, end) of `body`, within its paragraph and at most `contextLength`
 * units either side, cut at a word boundary (marked "…") when the paragraph goes on.
 */
export const contextAround = (body: string, start: number, end: number): ReviewCard['context'] => {
  const beforeFrom = Math.max(0, start - contextLength);
  let before = body.slice(beforeFrom, start);
  const beforeBreak = before.lastIndexOf('\n');
  if (beforeBreak >= 0) before = before.slice(beforeBreak + 1);
  else if (beforeFrom > 0) before = `…${before.replace(/^\S*\s+/u, '')}`;

  const afterTo = Math.min(body.length, end + contextLength);
  let after = body.slice(end, afterTo);
  const afterBreak = after.indexOf('\n');
  if (afterBreak >= 0) after = after.slice(0, afterBreak);
  else if (afterTo < body.length) after = `${after.replace(/\s+\S*$/u, '')}…`;
  return { before, after };
};
