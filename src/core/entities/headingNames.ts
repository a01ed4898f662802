import type { NameSpan } from '../../shared/entities';
import { isHeadingLike } from '../import/plainText';

interface Line {
  start: number;
  end: number;
  heading: boolean;
}

const linesOf = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    lines.push({ start, end, heading: line.trim() !== '' && isHeadingLike(line.trim()) });
    start = end + 1;
  }
  return lines;
};

/** Capitals that title case cannot explain: "OPEC" in a heading is a name. */
const isAcronym = (name: string): boolean => /^[\p{Lu}\d&.-]{2,}$/u.test(name);

/**
 * Drops names found only in headings. News headings are written in title case, so their
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
