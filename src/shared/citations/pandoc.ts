/*
 * Pandoc citations for exported quotes: `[@smith2024reading, p. 12]` when the page is known,
 * `[@smith2024reading]` otherwise. Pandoc, Obsidian's citation plugins and Zettlr read them.
 */

/** Keys Pandoc cannot read bare (any character outside its key syntax) go in braces. */
const bareKey = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;

export const pandocKey = (citekey: string): string =>
  bareKey.test(citekey) ? `@${citekey}` : `@{${citekey}}`;

/** A page range (12–14) gets `pp.`, one page `p.`. */
export const pandocCitation = (citekey: string, page: string | null): string => {
  if (page === null || page.trim() === '') return `[${pandocKey(citekey)}]`;
  const label = /[-–,]/u.test(page) ? 'pp.' : 'p.';
  return `[${pandocKey(citekey)}, ${label} ${page.trim()}]`;
};

/**
 * The page a highlight is on, where its data has one (PDF highlights carry `page`; a number,
 * or a label such as "xii"). Other highlights have none.
 */
export const pageOf = (highlight: object): string | null => {
  const page: unknown = (highlight as { page?: unknown }).page;
  if (typeof page === 'number' && Number.isFinite(page)) return String(page);
  if (typeof page === 'string' && page.trim() !== '') return page.trim();
  return null;
};
