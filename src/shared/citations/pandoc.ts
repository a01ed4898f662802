/*
 * Pandoc citations for exported quotes: `[@smith2024reading, p. 12]` when the page is known,
 * `[@smith2024reading]` otherwise. Pandoc, Obsidian's citation plugins and Zettlr read them.
 */

/** Keys Pandoc cannot read bare (any character outside its key syntax) go in braces. */
const bareKey = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?$/u;

export const pandocKey = (citekey: string): string =>
  bareKey.test(citekey) ? `@${citekey}` : `@{${citekey}}`;

/**
 * `locator` is the quote's pages as shared/pages.ts writes them for PDF highlights (`p. 12`,
 * `pp. 12–13`), or null where the document has no pages.
 */
export const pandocCitation = (citekey: string, locator: string | null): string =>
  locator ? `[${pandocKey(citekey)}, ${locator}]` : `[${pandocKey(citekey)}]`;
