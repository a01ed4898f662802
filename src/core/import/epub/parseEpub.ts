import type { WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Block, TocEntry } from '../../../shared/model';
import { blockSeparator } from '../../../shared/text';
import { createChapterReader } from '../html';
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
  /** Each element id of the chapter with the index of its block in `blocks`. */
  anchors: Map<string, number>;
}

/** Where each block came from: its file, and the ids a table of contents may point at in it. */
interface Origin {
  file: string;
  ids: string[];
}

/** Looks a file up as named, then ignoring case: producers are not always exact about either. */
const finder = (files: Map<string, Uint8Array>) => {
  const lower = new Map([...files.keys()].map((name) => [name.toLowerCase(), name]));
  return (name: string): Uint8Array | undefined =>
    files.get(name) ?? files.get(lower.get(name.toLowerCase()) ?? '');
};

/**
 * The book's blocks, chapter after chapter, with the file (and element ids) each block came
 * from. A chapter that sets no heading of its own takes its title from the table of contents.
 */
const chapterBlocks = (chapters: readonly Chapter[], toc: readonly NavEntry[]) => {
  const originOf = new Map<Block, Origin>();
  const blocks = chapters.flatMap(({ file, blocks: own, anchors }) => {
    const entry = toc.find((item) => item.file === file);
    const heading =
      entry && !own.some((block) => block.kind === 'heading')
        ? [{ kind: 'heading' as const, level: 2, text: entry.title }]
        : [];
    const idsAt = new Map<number, string[]>();
    for (const [id, index] of anchors) {
      const at = Math.min(index, own.length - 1);
      const ids = idsAt.get(at);
      if (ids) ids.push(id);
      else idsAt.set(at, [id]);
    }
    for (const block of heading) originOf.set(block, { file, ids: [] });
    own.forEach((block, index) => originOf.set(block, { file, ids: idsAt.get(index) ?? [] }));
    return [...heading, ...own];
  });
  return { blocks, originOf };
};

/**
 * Where each TOC entry starts in the canonical text of the final blocks: at the element its
 * link names (`#part-2`) when the chapter has it, else where its file begins. Books from many
 * producers keep several sections, or the whole text, in one file.
 */
const tocOffsets = (
  blocks: readonly Block[],
  originOf: Map<Block, Origin>,
  toc: readonly NavEntry[],
): TocEntry[] => {
  const fileStart = new Map<string, number>();
  const anchorStart = new Map<string, number>();
  let offset = 0;
  for (const block of blocks) {
    const origin = originOf.get(block);
    if (origin && !fileStart.has(origin.file)) fileStart.set(origin.file, offset);
    for (const id of origin?.ids ?? []) anchorStart.set(`${origin?.file}#${id}`, offset);
    offset += block.text.length + blockSeparator.length;
  }
  return toc.flatMap((entry) => {
    const start =
      (entry.fragment !== null ? anchorStart.get(`${entry.file}#${entry.fragment}`) : undefined) ??
      fileStart.get(entry.file);
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
    const readChapter = createChapterReader(dom.window as unknown as WindowLike);
    const chapters: Chapter[] = book.spine.flatMap((file) => {
      const data = find(file);
      if (!data) return [];
      // The chapter is parsed once, by the sanitiser itself, which keeps its body only: jsdom
      // is the slow part of a book, and parsing it twice doubled the import time.
      const { blocks, anchors } = readChapter(decode(data));
      return blocks.length > 0 ? [{ file, blocks, anchors }] : [];
    });
    const { blocks, originOf } = chapterBlocks(chapters, toc);
    const parsed = titleAndBlocks(blocks, book.title);
    if (!parsed) throw epubRefusal('empty', name);
    return {
      ...parsed,
      byline: book.creators.length > 0 ? book.creators.join(', ') : null,
      siteName: null,
      publishedAt: book.date,
      language: book.language,
      format: 'epub',
      toc: tocOffsets(parsed.blocks, originOf, toc),
      chapterCount: chapters.length,
    };
  } finally {
    dom.window.close();
  }
};
