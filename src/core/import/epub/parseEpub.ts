import type { WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block, TocEntry } from '../../../shared/model';
import { blockSeparator } from '../../../shared/text';
import { createHtmlSanitizer } from '../html';
import { titleAndBlocks, type ImportedDocument } from '../imported';
import { readNav, readNcx, type NavEntry } from './navigation';
import { byLocalName, packagePath, readPackage } from './packageDocument';
import { epubRefusal } from './refusals';
import { unzipWithin, ZipLimitError } from './zipLimits';

const containerPath = 'META-INF/container.xml';
const encryptionPath = 'META-INF/encryption.xml';

/** Font obfuscation (IDPF, Adobe) hides fonts, not text: a book using only it is readable. */
const fontObfuscation = new Set([
  'http://www.idpf.org/2008/embedding',
  'http://ns.adobe.com/pdf/enc#RC',
]);

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** True when encryption.xml encrypts anything with more than font obfuscation: DRM. */
const hasDrm = (encryption: Document): boolean =>
  byLocalName(encryption, 'EncryptedData').some((data) => {
    const method = byLocalName(data, 'EncryptionMethod')[0]?.getAttribute('Algorithm') ?? '';
    return !fontObfuscation.has(method);
  });

interface Chapter {
  file: string;
  blocks: Block[];
}

/** Looks a file up as named, then ignoring case: producers are not always exact about either. */
const finder = (files: Map<string, Uint8Array>) => {
  const lower = new Map([...files.keys()].map((name) => [name.toLowerCase(), name]));
  return (name: string): Uint8Array | undefined =>
    files.get(name) ?? files.get(lower.get(name.toLowerCase()) ?? '');
};

/**
 * The book's blocks, chapter after chapter, with the file each block came from. A chapter
 * that sets no heading of its own takes its title from the table of contents.
 */
const chapterBlocks = (chapters: readonly Chapter[], toc: readonly NavEntry[]) => {
  const fileOf = new Map<Block, string>();
  const blocks = chapters.flatMap(({ file, blocks: own }) => {
    const entry = toc.find((item) => item.file === file);
    const withHeading =
      entry && !own.some((block) => block.kind === 'heading')
        ? [{ kind: 'heading' as const, level: 2, text: entry.title }, ...own]
        : own;
    for (const block of withHeading) fileOf.set(block, file);
    return withHeading;
  });
  return { blocks, fileOf };
};

/** Where each TOC entry's file begins in the canonical text of the final blocks. */
const tocOffsets = (
  blocks: readonly Block[],
  fileOf: Map<Block, string>,
  toc: readonly NavEntry[],
): TocEntry[] => {
  const fileStart = new Map<string, number>();
  let offset = 0;
  for (const block of blocks) {
    const file = fileOf.get(block);
    if (file && !fileStart.has(file)) fileStart.set(file, offset);
    offset += block.text.length + blockSeparator.length;
  }
  return toc.flatMap((entry) => {
    const start = fileStart.get(entry.file);
    return start === undefined ? [] : [{ title: entry.title, level: entry.level, start }];
  });
};

/**
 * Reads an EPUB (2 or 3) into a document: the package document's spine in order, each chapter
 * through the same allow-list as an imported web page, its metadata and table of contents.
 * Refuses (naming the file) DRM, archives that break the zip limits, and broken books.
 */
export const parseEpub = (name: string, bytes: Uint8Array): ImportedDocument => {
  let files: Map<string, Uint8Array>;
  try {
    // Only text is unpacked: images, fonts and styles are never inflated.
    files = unzipWithin(
      bytes,
      (entry) => /\.(?:xml|opf|ncx|x?html?)$/iu.test(entry) || entry === 'mimetype',
    );
  } catch (error) {
    if (error instanceof ZipLimitError) throw epubRefusal(error.reason, name);
    throw error;
  }
  const find = finder(files);
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() });
  try {
    const parser = new dom.window.DOMParser();
    const xml = (file: string | null): Document | null => {
      const data = file ? find(file) : undefined;
      if (!data) return null;
      const document = parser.parseFromString(decode(data), 'application/xml');
      return document.getElementsByTagName('parsererror').length > 0 ? null : document;
    };
    const html = (file: string | null): Document | null => {
      const data = file ? find(file) : undefined;
      return data ? parser.parseFromString(decode(data), 'text/html') : null;
    };
    const encryption = xml(encryptionPath);
    if (encryption && hasDrm(encryption)) throw epubRefusal('drm', name);
    const container = xml(containerPath);
    const opfPath = container ? packagePath(container) : null;
    const opf = xml(opfPath);
    if (!opf || !opfPath) throw epubRefusal('damaged', name);
    const book = readPackage(opf, opfPath);
    const navDocument = html(book.nav);
    const ncxDocument = xml(book.ncx);
    const navToc = navDocument && book.nav ? readNav(navDocument, book.nav) : [];
    const toc =
      navToc.length > 0 || !ncxDocument || !book.ncx ? navToc : readNcx(ncxDocument, book.ncx);
    const sanitize = createHtmlSanitizer(dom.window as unknown as WindowLike);
    const chapters: Chapter[] = book.spine.flatMap((file) => {
      const data = find(file);
      // The chapter is parsed once, by the sanitiser itself, which keeps its body only: jsdom
      // is the slow part of a book, and parsing it twice doubled the import time.
      const blocks = data ? sanitize(decode(data)) : [];
      return blocks.length > 0 ? [{ file, blocks }] : [];
    });
    const { blocks, fileOf } = chapterBlocks(chapters, toc);
    const parsed = titleAndBlocks(blocks, book.title);
    if (!parsed) throw epubRefusal('empty', name);
    return {
      ...parsed,
      byline: book.creators.length > 0 ? book.creators.join(', ') : null,
      siteName: null,
      publishedAt: book.date,
      language: book.language,
      format: 'epub',
      toc: tocOffsets(parsed.blocks, fileOf, toc),
      chapterCount: chapters.length,
    };
  } finally {
    dom.window.close();
  }
};
