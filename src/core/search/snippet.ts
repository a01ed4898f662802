import type { Snippet } from '../../shared/search';
import type { MatchRange } from './textMatch';

/** About how long a snippet is, in UTF-16 units, ellipses aside. */
export const snippetLength = 120;

/** Moves `at` back to the start of the word it falls in, unless that goes past `limit`. */
const wordStartBefore = (text: string, at: number, limit: number): number => {
  const space = text.lastIndexOf(' ', at);
  return space >= limit && at - space < 20 ? space + 1 : at;
};

/** Moves `at` on to the end of the word it falls in, unless that goes past `limit`. */
const wordEndAfter = (text: string, at: number, limit: number): number => {
  const space = text.indexOf(' ', at);
  return space !== -1 && space <= limit && space - at < 20 ? space : at;
};

/**
 * The text around `focus` (a match), about `snippetLength` long and cut at word boundaries,
 * with every match inside it marked. Runs of white space become one space and block breaks a
 * " · "; the marks are offsets into the snippet's own text.
 */
export const snippetAround = (
  text: string,
  matches: readonly MatchRange[],
  focus: MatchRange,
  length = snippetLength,
): Snippet => {
  // A third of the room before the match, the rest after it (more when the text ends soon).
  const room = Math.max(0, length - (focus[1] - focus[0]));
  let from = Math.max(0, focus[0] - Math.floor(room / 3));
  const to = Math.min(text.length, Math.max(focus[1], from + length));
  from = Math.max(0, Math.min(from, to - length));
  const start = from === 0 ? 0 : wordStartBefore(text, from, from - 20);
  const end = to === text.length ? to : wordEndAfter(text, to, to + 20);

  let out = '';
  const marks: [number, number][] = [];
  let cursor = start;
  // A block break shows as a dot, so a heading does not run into the paragraph after it.
  const append = (piece: string) => {
    out += piece.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
  };
  for (const [s, e] of matches) {
    if (s < start || e > end) continue;
    append(text.slice(cursor, s));
    const markStart = out.length;
    append(text.slice(s, e));
    marks.push([markStart, out.length]);
    cursor = e;
  }
  append(text.slice(cursor, end));
  // Space (or a block break) at either end would only shift the marks: drop it, then mend them
  // for the ellipsis.
  const lead = /^[ ·]*/.exec(out)?.[0].length ?? 0;
  const body = out.slice(lead).replace(/[ ·]+$/, '');
  const before = start > 0 ? '…' : '';
  const shift = before.length - lead;
  return {
    text: `${before}${body}${end < text.length ? '…' : ''}`,
    marks: marks
      .map(([s, e]): [number, number] => [
        s + shift,
        Math.min(e - lead, body.length) + before.length,
      ])
      .filter(([s, e]) => s >= before.length && e > s),
  };
};

/** The start of a short text with its matches marked (for a title, where the match is in it). */
export const snippetOf = (text: string, matches: readonly MatchRange[]): Snippet =>
  matches[0] ? snippetAround(text, matches, matches[0]) : snippetAround(text, [], [0, 0]);
