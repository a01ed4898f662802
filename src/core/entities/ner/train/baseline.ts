/**
 * compromise 14.17 as the baseline the issue measures against: its people, organizations and
 * places as PER, ORG and LOC. Its spans are trimmed of surrounding punctuation and a trailing
 * possessive first, which only helps it.
 */
import nlp from 'compromise';
import { type TypedSpan } from './evaluate';

interface OffsetMatch {
  offset: { start: number; length: number };
}

const groups = [
  ['people', 0],
  ['organizations', 1],
  ['places', 2],
] as const;

const trim = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  while (s < e && /[\s\p{P}]/u.test(text[s] ?? '')) s += 1;
  const possessive = /['\u2019]s$/u.exec(text.slice(s, e));
  if (possessive) e -= possessive[0].length;
  while (
    e > s &&
    /[\s\p{P}]/u.test(text[e - 1] ?? '') &&
    !/\.$/u.test(text.slice(s, e).replace(/\p{L}\.$/u, ''))
  ) {
    e -= 1;
  }
  return [s, e];
};

export const compromiseSpans = (text: string): TypedSpan[] => {
  const doc = nlp(text);
  const spans: TypedSpan[] = [];
  for (const [method, type] of groups) {
    const matches = doc[method]().json({ offset: true }) as OffsetMatch[];
    for (const match of matches) {
      const [start, end] = trim(text, match.offset.start, match.offset.start + match.offset.length);
      if (end > start) spans.push({ start, end, type });
    }
  }
  return spans;
};
