import type { PageBreak, TocEntry } from '../../../shared/model';
import { blockSeparator } from '../../../shared/text';
import { titleAndBlocks, type ImportedDocument } from '../imported';
import { readingOrder } from './columns';
import { withoutFurniture } from './furniture';
import { pageLines, type Line } from './lines';
import { readPdf, type OutlineItem, type PdfContent, type ReadPdfOptions } from './pdfText';
import { pdfRefusal } from './refusals';
import { reflowLines, type OutlineLine, type PagedBlock } from './reflow';

/** Producers' placeholders and file names are no title. */
const usableTitle = (title: string | null): string | null => {
  if (!title) return null;
  const cleaned = title.replace(/^Microsoft (?:Word|PowerPoint) - /u, '').trim();
  if (/^untitled$|\.(?:docx?|pdf|tex|dvi|indd|rtf|odt)$/iu.test(cleaned)) return null;
  return cleaned.length >= 2 ? cleaned : null;
};

/** Outline entries become headings at the top of their pages when the text sets none apart. */
const withOutlineHeadings = (pages: Line[][], outline: readonly OutlineItem[]): Line[][] =>
  pages.map((lines, index) => {
    const first = lines[0];
    const entries = outline.filter((item) => item.page === index + 1 && item.level <= 5);
    if (!first || entries.length === 0) return lines;
    const headings: OutlineLine[] = entries.map((item) => ({
      ...first,
      text: item.title,
      bold: false,
      outlineLevel: item.level + 1,
    }));
    return [...headings, ...lines];
  });

/** Where each page begins in the canonical text of `blocks`. */
const pageBreaks = (blocks: readonly PagedBlock[], labels: readonly string[]): PageBreak[] => {
  const starts = new Array<number | undefined>(labels.length).fill(undefined);
  let offset = 0;
  for (const block of blocks) {
    for (const mark of block.marks) starts[mark.page] ??= offset + mark.offset;
    offset += block.text.length + blockSeparator.length;
  }
  const end = Math.max(0, offset - blockSeparator.length);
  // A page with no text of its own (a figure, a blank page) begins where the next one does.
  let next = end;
  const result: PageBreak[] = [];
  for (let index = labels.length - 1; index >= 0; index -= 1) {
    next = Math.min(next, starts[index] ?? next);
    result.push({ start: index === 0 ? 0 : next, label: labels[index] ?? String(index + 1) });
  }
  return result.reverse();
};

const tocOf = (outline: readonly OutlineItem[], pages: readonly PageBreak[]): TocEntry[] =>
  outline.flatMap((item) => {
    const page = item.page === null ? undefined : pages[item.page - 1];
    return page ? [{ title: item.title, level: Math.min(6, item.level), start: page.start }] : [];
  });

/** The document a PDF's content makes: pure, so it is tested on content built in code too. */
export const documentFromPdfContent = (name: string, content: PdfContent): ImportedDocument => {
  const pages = content.pages.map((page) => ({ ...page, lines: pageLines(page) }));
  if (pages.every((page) => page.lines.length === 0)) throw pdfRefusal('scan', name);
  const kept = withoutFurniture(pages).map((lines, index) =>
    readingOrder(lines, pages[index]?.width ?? 0),
  );
  const reflowed = reflowLines(kept.flat());
  const hasHeadings = reflowed.some((block) => block.kind === 'heading');
  const blocks = hasHeadings
    ? reflowed
    : reflowLines(withOutlineHeadings(kept, content.outline).flat());
  const parsed = titleAndBlocks(blocks, usableTitle(content.info.title));
  if (!parsed) throw pdfRefusal('scan', name);
  // titleAndBlocks hands back the same block objects, the title heading perhaps left out.
  const pagedBlocks = parsed.blocks as PagedBlock[];
  const labels = content.pages.map((page) => page.label);
  const breaks = pageBreaks(pagedBlocks, labels);
  return {
    title: parsed.title,
    blocks: pagedBlocks.map(({ kind, level, text }) => ({
      kind,
      ...(level === undefined ? {} : { level }),
      text,
    })),
    byline: content.info.author,
    siteName: null,
    publishedAt: content.info.date,
    format: 'pdf',
    pages: breaks,
    toc: tocOf(content.outline, breaks),
    pageCount: content.pages.length,
  };
};

/**
 * Reads a PDF into a document: its text in reading order, reflowed into blocks, with the page
 * every character is on. Refuses (naming the file) a password-protected, damaged or image-only
 * PDF.
 */
export const parsePdf = async (
  name: string,
  bytes: Uint8Array,
  options: ReadPdfOptions = {},
): Promise<ImportedDocument> => {
  let content: PdfContent;
  try {
    content = await readPdf(bytes, options);
  } catch (error) {
    const kind = (error as { name?: string } | null)?.name;
    throw pdfRefusal(kind === 'PasswordException' ? 'password' : 'damaged', name);
  }
  return documentFromPdfContent(name, content);
};
