import type { Block } from '../../../shared/model';
import type { Line } from './lines';

/** Where in a block's text a page begins (the block's own first page included). */
export interface PageMark {
  offset: number;
  page: number;
}

export interface PagedBlock extends Block {
  marks: PageMark[];
}

/** A line that comes from the outline, standing in for a heading the text does not set apart. */
export interface OutlineLine extends Line {
  outlineLevel: number;
}

const isOutlineLine = (line: Line): line is OutlineLine => 'outlineLevel' in line;

const roundSize = (size: number): number => Math.round(size * 2) / 2;

/** The size most of the text is set in, by characters. */
const bodySizeOf = (lines: readonly Line[]): number => {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = roundSize(line.size);
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) [best, bestWeight] = [size, weight];
  }
  return best;
};

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];

/**
 * Decides what a line-end hyphen is. "infor-" + "mation" is one word broken to fit; "COVID-" +
 * "19" or "Jean-" + "Paul" keep theirs, and so does "well-" + "known" when the document writes
 * "well-known" elsewhere on one line but never "wellknown".
 */
const createDehyphenator = (lines: readonly Line[]) => {
  const vocabulary = new Set<string>();
  for (const line of lines) for (const word of wordsOf(line.text)) vocabulary.add(word);
  return (before: string, after: string): string => {
    const head = /([\p{L}]+)[-\u2010]$/u.exec(before);
    const tail = /^([\p{Ll}][\p{L}]*)/u.exec(after);
    if (!head?.[1]) return `${before} ${after}`;
    // "COVID-" + "19", "Jean-" + "Paul": a hyphen before a digit or a capital is the word's own.
    if (!tail?.[1]) return `${before}${after}`;
    const joined = `${head[1]}${tail[1]}`.toLowerCase();
    const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase();
    if (vocabulary.has(hyphenated) && !vocabulary.has(joined)) return `${before}${after}`;
    return `${before.slice(0, -1)}${after}`;
  };
};

type LineRole = { kind: 'heading'; level: number } | { kind: 'paragraph' };

/**
 * Headings are lines set larger than the body, or in bold at body size when the body is not
 * bold: the largest size is level 2, the next 3, and so on; bold body-size headings come last.
 */
const createRoles = (lines: readonly Line[]) => {
  const body = bodySizeOf(lines);
  const bodyBold =
    lines.filter((line) => line.bold).reduce((sum, line) => sum + line.text.length, 0) >
    lines.reduce((sum, line) => sum + line.text.length, 0) * 0.5;
  const large = (line: Line) => roundSize(line.size) >= body * 1.15 && line.text.length <= 200;
  const boldHeading = (line: Line) =>
    !bodyBold && line.bold && roundSize(line.size) >= body * 0.95 && line.text.length <= 120;
  const sizes = [...new Set(lines.filter(large).map((line) => roundSize(line.size)))].sort(
    (a, b) => b - a,
  );
  const boldLevel = Math.min(6, 2 + sizes.length);
  return (line: Line): LineRole => {
    if (isOutlineLine(line)) return { kind: 'heading', level: line.outlineLevel };
    if (large(line))
      return { kind: 'heading', level: Math.min(6, 2 + sizes.indexOf(roundSize(line.size))) };
    if (boldHeading(line)) return { kind: 'heading', level: boldLevel };
    return { kind: 'paragraph' };
  };
};

/** The usual distance between two baselines of body text, from the text itself. */
const lineSpacingOf = (lines: readonly Line[]): number => {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const [previous, line] = [lines[index - 1], lines[index]];
    if (!previous || !line || previous.page !== line.page) continue;
    const gap = line.y - previous.y;
    if (gap > 0 && gap < line.size * 3) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 14;
};

const endsSentence = /[.!?:;"”’)\]]$/u;

/**
 * Reflows lines in reading order into blocks: a paragraph runs on across line breaks, columns
 * and pages, and ends at a wider gap, an indented first line after a finished sentence, or a
 * heading. Each block records where in its text each page begins.
 */
export const reflowLines = (lines: readonly Line[]): PagedBlock[] => {
  const role = createRoles(lines);
  const dehyphenate = createDehyphenator(lines);
  const spacing = lineSpacingOf(lines);
  const blocks: PagedBlock[] = [];
  let current: (PagedBlock & { role: LineRole; last: Line }) | null = null;

  const startsNew = (line: Line, lineRole: LineRole): boolean => {
    if (!current) return true;
    const previous = current.last;
    if (lineRole.kind !== current.role.kind) return true;
    if (lineRole.kind === 'heading') {
      // A heading set on two lines is one heading; two headings in a row are two.
      const sameStyle = current.role.kind === 'heading' && current.role.level === lineRole.level;
      return (
        isOutlineLine(line) ||
        !sameStyle ||
        line.page !== previous.page ||
        line.y - previous.y > line.size * 2
      );
    }
    const jumped = line.page !== previous.page || line.y < previous.y - line.size * 0.5;
    const indented = line.x0 - previous.x0 > line.size * 0.8 && !jumped;
    const finished = endsSentence.test(previous.text);
    if (jumped)
      return finished && /^\p{Lu}/u.test(line.text) && line.x0 - previous.x0 > line.size * 0.8;
    if (line.y - previous.y > spacing * 1.4 + 1) return true;
    return indented && finished;
  };

  for (const line of lines) {
    const lineRole = role(line);
    if (startsNew(line, lineRole)) {
      current = {
        kind: lineRole.kind,
        ...(lineRole.kind === 'heading' ? { level: lineRole.level } : {}),
        text: line.text,
        marks: [{ offset: 0, page: line.page }],
        role: lineRole,
        last: line,
      };
      blocks.push(current);
      continue;
    }
    if (!current) continue;
    const joined = /[-\u2010]$/u.test(current.text)
      ? dehyphenate(current.text, line.text)
      : `${current.text.replace(/\u00AD$/u, '')}${current.text.endsWith('\u00AD') ? '' : ' '}${line.text}`;
    const offset = joined.length - line.text.length;
    if (line.page !== current.last.page) current.marks.push({ offset, page: line.page });
    current.text = joined;
    current.last = line;
  }
  return blocks.map(({ kind, level, text, marks }) => ({
    kind,
    ...(level === undefined ? {} : { level }),
    text,
    marks,
  }));
};
