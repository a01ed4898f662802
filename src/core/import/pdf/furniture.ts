import type { Line } from './lines';

/** The top and bottom of a page where running heads, feet and page numbers sit. */
const marginShare = 0.1;

const pageNumberPattern =
  /^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;

/** Digits vary from page to page ("Page 3", "Smith et al. 14"): compared without them. */
const keyOf = (text: string): string =>
  text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

export interface PageLines {
  height: number;
  label: string;
  lines: Line[];
}

const inMargin = (line: Line, height: number): boolean =>
  line.y <= height * marginShare || line.y >= height * (1 - marginShare);

/**
 * Leaves out the running headers, footers and page numbers: lines in a page's top or bottom
 * margin that are a page number, or that recur (digits aside) on a good share of the pages.
 * Mirrored heads of even and odd pages each recur on half of them, hence the share.
 */
export const withoutFurniture = (pages: readonly PageLines[]): Line[][] => {
  const pagesWithKey = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(
      page.lines.filter((line) => inMargin(line, page.height)).map((line) => keyOf(line.text)),
    );
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const recurring = Math.max(2, Math.ceil(pages.length * 0.3));
  return pages.map((page) =>
    page.lines.filter((line) => {
      if (!inMargin(line, page.height)) return true;
      const text = line.text.trim();
      if (pageNumberPattern.test(text) || text === page.label) return false;
      return pages.length < 2 || (pagesWithKey.get(keyOf(text)) ?? 0) < recurring;
    }),
  );
};
