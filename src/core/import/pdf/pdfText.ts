import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** One run of text as drawn, in the page's display space (y grows downwards, rotation applied). */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PageText {
  /** 1-based. */
  number: number;
  /** The printed label ("iv", "12"), else the number. */
  label: string;
  width: number;
  height: number;
  runs: TextRun[];
}

export interface OutlineItem {
  title: string;
  level: number;
  /** 1-based page the item points to; null when its destination cannot be resolved. */
  page: number | null;
}

export interface PdfInfo {
  title: string | null;
  author: string | null;
  date: string | null;
}

export interface PdfContent {
  pages: PageText[];
  info: PdfInfo;
  outline: OutlineItem[];
}

type PdfJs = typeof PdfJsModule;

// The legacy build is the one meant for Node: no DOM, no canvas, no web worker needed (PDF.js
// runs its own "worker" in this thread; the whole parse already runs in Gloss's import worker).
const loadPdfJs = (): Promise<PdfJs> => import('pdfjs-dist/legacy/build/pdf.mjs');

/** PDF.js reads the metrics of the 14 standard fonts from files; found beside its package. */
const standardFontDataUrl = (): string => {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${path.join(path.dirname(packageJson), 'standard_fonts')}${path.sep}`;
};

const boldName = /bold|black|heavy|semibold|demi|[-,]bd\b|,b$/iu;

/**
 * Whether each font of a page is bold. PDF.js names a font in the text content by an internal
 * id; its real name ("ABCDEF+Times-Bold") is known only once the page's operator list has loaded
 * it. Fonts are shared across pages, so only pages bringing a new font pay for that, and a
 * font never seen that way simply counts as regular.
 */
const createBoldness = () => {
  const known = new Map<string, boolean>();
  let operatorListsLeft = 40;
  return async (page: PDFPageProxy, fontNames: Iterable<string>): Promise<Map<string, boolean>> => {
    const unknown = [...new Set(fontNames)].filter((name) => !known.has(name));
    if (unknown.length > 0 && operatorListsLeft > 0) {
      operatorListsLeft -= 1;
      await page.getOperatorList().catch(() => undefined);
    }
    for (const name of unknown) {
      let bold = false;
      if (page.commonObjs.has(name)) {
        const font = page.commonObjs.get(name) as { name?: string; bold?: boolean } | null;
        bold = Boolean(font?.bold) || boldName.test(font?.name ?? '');
      }
      known.set(name, bold);
    }
    return known;
  };
};

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item;

type Matrix = number[];

/** Whether a run, seen through `matrix`, reads upright and left to right. */
const upright = (pdfjs: PdfJs, matrix: Matrix, item: TextItem): boolean => {
  const [a = 0, b = 0] = pdfjs.Util.transform(matrix, item.transform) as Matrix;
  return a > 0 && Math.abs(b) <= a * 0.05;
};

/**
 * The view of a page in which its text reads upright. Usually the page's own rotation; but
 * some producers rotate the page and set the text unrotated (or the other way round), and
 * then another quarter turn is the one a reader would choose.
 */
const uprightViewport = (pdfjs: PdfJs, page: PDFPageProxy, items: readonly TextItem[]) => {
  let best = page.getViewport({ scale: 1 });
  let bestCount = -1;
  for (const rotation of [page.rotate, 0, 90, 180, 270]) {
    const viewport = page.getViewport({ scale: 1, rotation });
    const count = items.reduce(
      (sum, item) => sum + (upright(pdfjs, viewport.transform, item) ? item.str.length : 0),
      0,
    );
    if (count > bestCount) [best, bestCount] = [viewport, count];
  }
  return best;
};

const pageRuns = async (
  pdfjs: PdfJs,
  page: PDFPageProxy,
  boldness: ReturnType<typeof createBoldness>,
): Promise<Omit<PageText, 'number' | 'label'>> => {
  const content = await page.getTextContent();
  const items = content.items.filter(isTextItem).filter((item) => item.str.trim() !== '');
  const viewport = uprightViewport(pdfjs, page, items);
  const bold = await boldness(
    page,
    items.map((item) => item.fontName),
  );
  const runs: TextRun[] = [];
  for (const item of items) {
    // Text set at an angle (a margin stamp, a rotated table label) is not running text.
    if (!upright(pdfjs, viewport.transform, item)) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = pdfjs.Util.transform(
      viewport.transform,
      item.transform,
    ) as Matrix;
    runs.push({
      text: item.str,
      x,
      y,
      width: item.width,
      size: Math.hypot(a, b),
      bold: bold.get(item.fontName) ?? false,
    });
  }
  return { width: viewport.width, height: viewport.height, runs };
};

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? null : trimmed;
};

/** `D:20240301120000+01'00'` (or an ISO date in XMP) to an ISO date-time, when it is one. */
const isoDate = (pdfjs: PdfJs, value: unknown): string | null => {
  const raw = text(value);
  if (!raw) return null;
  const parsed = raw.startsWith('D:') ? pdfjs.PDFDateString.toDateObject(raw) : new Date(raw);
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null;
};

const readInfo = async (pdfjs: PdfJs, pdf: PDFDocumentProxy): Promise<PdfInfo> => {
  const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const dictionary = info as Record<string, unknown>;
  // XMP, when present, is the newer and usually better record (dc:title, dc:creator).
  const xmp = (name: string): unknown => metadata?.get(name) ?? null;
  const creators = xmp('dc:creator');
  const xmpAuthor = Array.isArray(creators) ? creators.join(', ') : creators;
  return {
    title: text(xmp('dc:title')) ?? text(dictionary.Title),
    author: text(xmpAuthor) ?? text(dictionary.Author),
    date:
      isoDate(pdfjs, dictionary.CreationDate) ??
      isoDate(pdfjs, xmp('xmp:createdate')) ??
      isoDate(pdfjs, xmp('dc:date')),
  };
};

interface RawOutline {
  title: string;
  dest: string | unknown[] | null;
  items: RawOutline[];
}

const readOutline = async (pdf: PDFDocumentProxy): Promise<OutlineItem[]> => {
  const root = ((await pdf.getOutline().catch(() => null)) ?? []) as RawOutline[];
  const result: OutlineItem[] = [];
  const pageOf = async (dest: RawOutline['dest']): Promise<number | null> => {
    try {
      const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
      const ref = explicit?.[0];
      if (typeof ref === 'number') return ref + 1;
      if (ref && typeof ref === 'object') return (await pdf.getPageIndex(ref as never)) + 1;
    } catch {
      // An outline entry pointing nowhere (or outside the file) keeps no page.
    }
    return null;
  };
  const walk = async (items: RawOutline[], level: number): Promise<void> => {
    for (const item of items) {
      if (result.length >= 2000) return;
      const title = text(item.title);
      if (title) result.push({ title, level, page: await pageOf(item.dest) });
      if (item.items.length > 0 && level < 6) await walk(item.items, level + 1);
    }
  };
  await walk(root, 1);
  return result;
};

export interface ReadPdfOptions {
  onPage?(done: number, total: number): void;
}

/**
 * Everything Gloss takes from a PDF: each page's text runs with their positions, sizes and
 * weights, the page labels, the metadata and the outline. Throws PDF.js's own errors
 * (PasswordException, InvalidPDFException); parsePdf turns them into refusals.
 */
export const readPdf = async (
  bytes: Uint8Array,
  { onPage }: ReadPdfOptions = {},
): Promise<PdfContent> => {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of (detaches) the buffer it is given.
    data: bytes.slice(),
    standardFontDataUrl: standardFontDataUrl(),
    fontExtraProperties: true,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  try {
    const labels = (await pdf.getPageLabels().catch(() => null)) ?? [];
    const boldness = createBoldness();
    const pages: PageText[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const label = text(labels[number - 1]) ?? String(number);
      pages.push({ number, label, ...(await pageRuns(pdfjs, page, boldness)) });
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    return { pages, info: await readInfo(pdfjs, pdf), outline: await readOutline(pdf) };
  } finally {
    await task.destroy();
  }
};
