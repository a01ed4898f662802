import type { NameSpan } from '../../shared/entities';
import { isHeadingLike } from '../import/plainText';

interface Line {
  start: number;
  end: number;
  heading: boolean;
}

/** Words a title-case heading writes in lowercase. */
const smallWords = new Set(
  'a an and as at but by for from in into nor of off on onto or per the to up via vs with'.split(
    ' ',
  ),
);

/**
 * A heading in title case: every word capitalised but the small ones, at least two of them
 * written in mixed case, and no numbers. Only there are capitals no evidence of a name; a line
 * with ordinary lowercase words ("Red Star beat Dinamo"), a line in capitals (a dateline) or a
 * results line with scores is read like running text.
 */
export const isTitleCaseHeading = (line: string): boolean => {
  if (!isHeadingLike(line)) return false;
  let mixedCase = 0;
  const words = line.split(/\s+/u);
  // A byline ("Larry Fine") or a list of names ("Wood, Loren Roberts, Steve Stricker") is no heading.
  if (words.length < 3 || /,\s/u.test(line)) return false;
  for (const raw of words) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word === '') continue;
    if (/\p{N}/u.test(word)) return false;
    if (smallWords.has(word)) continue;
    if (!/^\p{Lu}/u.test(word)) return false;
    if (/\p{Ll}/u.test(word)) mixedCase += 1;
  }
  return mixedCase >= 2;
};

const linesOf = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    lines.push({ start, end, heading: line.trim() !== '' && isTitleCaseHeading(line.trim()) });
    start = end + 1;
  }
  return lines;
};

/** Capitals that title case cannot explain: "OPEC" in a heading is a name. */
const isAcronym = (name: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(name);

/**
 * Drops names found only in title-case headings. News headings are written in title case, so their
 * capitals are no evidence of a name ("South Korea’s Costly Gamble"); a name that is real
 * turns up in the running text too, and is kept, as is an acronym. Headings are recognised by the same rule the
 * plain-text importer uses to make them.
 */
export const withoutHeadingOnlyNames = (text: string, names: readonly NameSpan[]): NameSpan[] => {
  const lines = linesOf(text);
  let at = 0;
  const inHeading = (span: NameSpan): boolean => {
    while (at > 0 && (lines[at]?.start ?? 0) > span.start) at -= 1;
    while (at < lines.length - 1 && (lines[at]?.end ?? 0) < span.start) at += 1;
    return lines[at]?.heading ?? false;
  };
  const inBody = new Set<string>();
  const headingOnly: boolean[] = names.map((span) => {
    const heading = inHeading(span);
    if (!heading) inBody.add(text.slice(span.start, span.end));
    return heading;
  });
  return names.filter((span, index) => {
    const name = text.slice(span.start, span.end);
    return !headingOnly[index] || inBody.has(name) || isAcronym(name);
  });
};
