import type { PageBreak } from './model';

/** The pages a span of the canonical text lies on, by label: first and last (equal for one). */
export interface PageSpan {
  first: string;
  last: string;
}

/** Index of the page holding `offset`: the last page starting at or before it. */
const pageIndexAt = (pages: readonly PageBreak[], offset: number): number => {
  let low = 0;
  let high = pages.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((pages[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
};

/**
 * The pages of [start, end): the page of its first character and of its last. Null when the
 * text has no pages (anything but a PDF) or the span is empty.
 */
export const pagesOfSpan = (
  pages: readonly PageBreak[] | undefined,
  start: number,
  end: number,
): PageSpan | null => {
  if (!pages || pages.length === 0 || end <= start) return null;
  const first = pages[pageIndexAt(pages, start)];
  const last = pages[pageIndexAt(pages, end - 1)];
  if (!first || !last) return null;
  return { first: first.label, last: last.label };
};

/** How a quote cites its pages: `p. 12`, or `pp. 12–13` across a page break. */
export const formatPages = (span: PageSpan | null): string | null => {
  if (!span) return null;
  return span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}–${span.last}`;
};

/** `p. 12` for a span, or null without pages. */
export const citePages = (
  pages: readonly PageBreak[] | undefined,
  start: number,
  end: number,
): string | null => formatPages(pagesOfSpan(pages, start, end));
