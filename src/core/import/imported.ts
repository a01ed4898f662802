import type { Reference } from '../../shared/citations/reference';
import type { Block, DocumentFormat, PageBreak, TocEntry } from '../../shared/model';
import { deriveTitle } from './title';

/** What every importer hands to the documents service: title, blocks and metadata. */
export interface ImportedDocument {
  title: string;
  blocks: Block[];
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  /**
   * Reference data the file itself gives, in CSL-JSON terms (authors as family/given, DOI,
   * container title...): it fills the document's reference over what title, byline, site and
   * date give (core/citations/fromImport.ts). HTML meta tags and Markdown front matter fill it;
   * a PDF's Info/XMP or an EPUB's OPF metadata plug in here too.
   */
  citation?: Partial<Reference>;
  /** A book's language (BCP 47, as its metadata gives it). */
  language?: string | null;
  /** Set by the PDF and EPUB readers; other files are stored by their extension. */
  format?: DocumentFormat;
  /** A PDF's page breaks in the canonical text of `blocks`. */
  pages?: PageBreak[];
  /** A book's table of contents, or a PDF's outline. */
  toc?: TocEntry[];
  pageCount?: number;
  chapterCount?: number;
}

export const noMetadata = { byline: null, siteName: null, publishedAt: null } as const;

/** Longest title kept as is; the contract allows 500 characters. */
const maxTitleLength = 300;

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/gu, ' ').trim().toLowerCase() === b.replace(/\s+/gu, ' ').trim().toLowerCase();

const clip = (title: string): string =>
  title.length <= maxTitleLength ? title : `${title.slice(0, maxTitleLength - 1).trimEnd()}…`;

/**
 * The title of a structured document: the one it names (metadata, front matter), else a first
 * heading, else its first sentence. A first heading that only repeats the title goes, unless
 * it is all the text there is. Null when there are no blocks at all.
 */
export const titleAndBlocks = (
  blocks: Block[],
  given: string | null,
): { title: string; blocks: Block[] } | null => {
  const first = blocks[0];
  if (!first) return null;
  const rest = blocks.length > 1 ? blocks.slice(1) : blocks;
  if (given) {
    const repeated = first.kind === 'heading' && sameText(first.text, given);
    return { title: clip(given), blocks: repeated ? rest : blocks };
  }
  if (first.kind === 'heading') return { title: clip(first.text), blocks: rest };
  const paragraph = blocks.find((block) => block.kind === 'paragraph') ?? first;
  return { title: deriveTitle(paragraph.text), blocks };
};
