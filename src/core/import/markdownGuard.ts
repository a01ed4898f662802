import { importFileMessages } from '../../shared/importFiles';
import { GlossError } from '../../shared/result';

/*
 * remark (micromark) matches emphasis delimiters and link brackets by looking back over every
 * open one, so its time grows with the square of their number in one paragraph: 60,000 `*a_`
 * take minutes, 2,000 about a second. Deep quotes and lists cost it likewise (100 levels of
 * list: 1 s; 400: 30 s). Those shapes are counted in one linear pass before remark runs.
 */

/** The most quote and list levels a line may open. */
export const maxMarkdownNesting = 64;
/** The most runs of emphasis delimiters (`*`, `_`), or of `[` brackets, in one paragraph. */
export const maxParagraphMarks = 2_000;

const fencePattern = /^ {0,3}(`{3,}|~{3,})/u;
// A container prefix: indentation, then `>` or a list marker followed by a space.
const containerPattern = /^([ \t]*)(>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/u;

/** Quote and list levels a line opens: its markers, plus its indentation at 2 columns a level. */
const nestingOf = (line: string): number => {
  let rest = line;
  let levels = 0;
  let columns = 0;
  for (let match = containerPattern.exec(rest); match; match = containerPattern.exec(rest)) {
    levels += 1;
    columns += (match[1] ?? '').replace(/\t/gu, '    ').length;
    rest = rest.slice(match[0].length);
    if (levels > maxMarkdownNesting) break;
  }
  columns += (/^[ \t]*/u.exec(rest)?.[0] ?? '').replace(/\t/gu, '    ').length;
  return levels + Math.floor(columns / 2);
};

const emphasisRuns = /[*_]+/gu;
const brackets = /\[/gu;

/**
 * Refuses Markdown nested deeper than maxMarkdownNesting, or with a paragraph holding more than
 * maxParagraphMarks emphasis runs or brackets. Fenced code is skipped: remark reads no markup
 * there.
 */
export const checkMarkdownSource = (name: string, markdown: string): void => {
  let fence: string | null = null;
  let emphasis = 0;
  let opened = 0;
  for (const line of markdown.split(/\r\n?|\n/u)) {
    const marker = fencePattern.exec(line)?.[1];
    if (fence !== null) {
      if (marker?.startsWith(fence)) fence = null;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    if (nestingOf(line) > maxMarkdownNesting) {
      throw new GlossError('too_complex', importFileMessages.tooDeep(name, maxMarkdownNesting));
    }
    if (line.trim() === '') {
      emphasis = 0;
      opened = 0;
      continue;
    }
    emphasis += line.match(emphasisRuns)?.length ?? 0;
    opened += line.match(brackets)?.length ?? 0;
    if (emphasis > maxParagraphMarks || opened > maxParagraphMarks) {
      throw new GlossError(
        'too_complex',
        importFileMessages.tooMuchMarkup(name, maxParagraphMarks),
      );
    }
  }
};
