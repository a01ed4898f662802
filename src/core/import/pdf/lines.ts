import type { PageText, TextRun } from './pdfText';

/** A line of text as set on the page: runs on one baseline, close enough to read as one. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** The baseline, in display space (grows downwards). */
  y: number;
  size: number;
  bold: boolean;
  /** 0-based index of the page in the file. */
  page: number;
}

const ligatures: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * Text as a reader types it: PDF.js already normalises most ligatures, but fonts that draw
 * them from the private use area or leave control characters behind still occur.
 */
export const cleanRunText = (text: string): string =>
  text
    .replace(/[\uFB00-\uFB06]/gu, (ligature) => ligatures[ligature] ?? ligature)
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFD\uE000-\uF8FF]/gu, '')
    .replace(/\s+/gu, ' ');

/** Runs this far apart on one baseline belong to different columns or table cells. */
const columnGap = (size: number): number => size * 1.1;

const joinRuns = (runs: readonly TextRun[], page: number): Line | null => {
  let text = '';
  let previousEnd: number | null = null;
  let boldChars = 0;
  let sizeSum = 0;
  for (const run of runs) {
    const piece = cleanRunText(run.text);
    if (previousEnd !== null && run.x - previousEnd > run.size * 0.15) {
      if (!/\s$/u.test(text) && !/^\s/u.test(piece)) text += ' ';
    }
    text += piece;
    previousEnd = run.x + run.width;
    const weight = piece.trim().length;
    if (run.bold) boldChars += weight;
    sizeSum += run.size * weight;
  }
  const letters = text.replace(/\s/gu, '').length;
  const trimmed = text.trim();
  if (trimmed === '' || letters === 0) return null;
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return null;
  return {
    text: trimmed,
    x0: first.x,
    x1: Math.max(...runs.map((run) => run.x + run.width)),
    y: Math.max(...runs.map((run) => run.y)),
    size: sizeSum / Math.max(1, text.trim().length),
    // A line reads as bold only when (nearly) all of it is: a bold lead-in is not a heading.
    bold: boldChars >= letters * 0.9,
    page,
  };
};

/**
 * The lines of a page: runs grouped by baseline (within half their size, so superscripts and
 * subscripts stay on their line), ordered left to right, and split where a gap wider than a
 * word space separates columns.
 */
export const pageLines = (page: PageText): Line[] => {
  const runs = [...page.runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    const anchor = row?.[0];
    if (row && anchor && Math.abs(run.y - anchor.y) <= Math.max(anchor.size, run.size) * 0.5) {
      row.push(run);
    } else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let fragment: TextRun[] = [];
    let end = -Infinity;
    for (const run of row) {
      if (fragment.length > 0 && run.x - end > columnGap(run.size)) {
        const line = joinRuns(fragment, page.number - 1);
        if (line) lines.push(line);
        fragment = [];
      }
      fragment.push(run);
      end = Math.max(end, run.x + run.width);
    }
    const line = joinRuns(fragment, page.number - 1);
    if (line) lines.push(line);
  }
  return lines;
};
