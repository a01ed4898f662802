import type { Highlight } from '../annotations';
import { citePages, pagesOfSpan, type PageSpan } from '../pages';
import type { ExportedDocumentInfo } from './types';

/** An orphaned highlight has no place in the current text, so no page either. */
const placed = (highlight: Highlight): boolean => highlight.status !== 'orphaned';

/** `p. 12` or `pp. 12–13` for a highlight of a document with pages; null otherwise. */
export const highlightPages = (info: ExportedDocumentInfo, highlight: Highlight): string | null =>
  placed(highlight) ? citePages(info.pages, highlight.start, highlight.end) : null;

/** The first and last page labels of a highlight, for the JSON export; null without pages. */
export const highlightPageSpan = (
  info: ExportedDocumentInfo,
  highlight: Highlight,
): PageSpan | null =>
  placed(highlight) ? pagesOfSpan(info.pages, highlight.start, highlight.end) : null;
