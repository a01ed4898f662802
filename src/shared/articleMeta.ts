import type { GlossDocument } from './model';
import { formatDate } from './dates';

/*
 * What the article's header shows, for the reader's header (renderer reader/ArticleHeader.tsx)
 * and the article's first screen (shared/firstScreen.ts, drawn into the page by the browser-mode
 * server or by the page's first script): both must lay it out the same.
 */

const longTitle = 60;

/** Titles derived from a first sentence can run long; a smaller size keeps them a title. */
export const articleTitleClass = (title: string): string =>
  title.length > longTitle ? 'article-title article-title-long' : 'article-title';

/** Where the document came from, and when it was published (else added). */
export const articleProvenance = (
  doc: Pick<GlossDocument, 'byline' | 'siteName' | 'source' | 'publishedAt' | 'addedAt'>,
): { byline: string | null; origin: string; date: string } => ({
  byline: doc.byline,
  origin: doc.siteName ?? doc.source,
  date: doc.publishedAt ? formatDate(doc.publishedAt) : `Added ${formatDate(doc.addedAt)}`,
});

/** A section heading's level: 2 to 6, the article's title being the one level-1 heading. */
export const sectionLevel = (level: number | undefined): 2 | 3 | 4 | 5 | 6 =>
  Math.min(6, Math.max(2, level ?? 2)) as 2 | 3 | 4 | 5 | 6;
