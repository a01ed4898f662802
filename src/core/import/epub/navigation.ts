import { byLocalName, resolveHref } from './packageDocument';

/** An entry of the book's table of contents, pointing at a file of the archive. */
export interface NavEntry {
  title: string;
  level: number;
  file: string;
  /** The element id after `#` in the link, where the entry starts inside its file. */
  fragment: string | null;
}

/** The id a link points at inside its file (`chapter.xhtml#part-2` → `part-2`), if any. */
const fragmentOf = (href: string): string | null => {
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return null;
  const fragment = href.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

const entry = (title: string, level: number, from: string, href: string): NavEntry => ({
  title,
  level,
  file: resolveHref(from, href),
  fragment: fragmentOf(href),
});

const labelOf = (element: Element | null | undefined): string =>
  element?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

const maxEntries = 5000;

/** The EPUB 3 navigation document's table of contents: nested lists of links. */
export const readNav = (nav: Document, navPath: string): NavEntry[] => {
  const navs = Array.from(nav.getElementsByTagName('nav'));
  const toc =
    navs.find((element) =>
      /\btoc\b/u.test(element.getAttribute('epub:type') ?? element.getAttribute('role') ?? ''),
    ) ?? navs[0];
  const entries: NavEntry[] = [];
  const walk = (list: Element, level: number): void => {
    for (const item of Array.from(list.children)) {
      if (item.tagName.toLowerCase() !== 'li' || entries.length >= maxEntries) continue;
      const link = item.querySelector(':scope > a, :scope > span');
      const href = link?.getAttribute('href');
      const title = labelOf(link);
      if (title && href) entries.push(entry(title, level, navPath, href));
      const nested = item.querySelector(':scope > ol, :scope > ul');
      if (nested && level < 6) walk(nested, level + 1);
    }
  };
  const top = toc?.querySelector('ol, ul');
  if (top) walk(top, 1);
  return entries;
};

/** The EPUB 2 NCX's navMap: nested navPoints with a label and a content source. */
export const readNcx = (ncx: Document, ncxPath: string): NavEntry[] => {
  const entries: NavEntry[] = [];
  const walk = (parent: Element, level: number): void => {
    for (const point of Array.from(parent.children)) {
      if (point.localName !== 'navPoint' || entries.length >= maxEntries) continue;
      const label = byLocalName(point, 'text')[0];
      const src = byLocalName(point, 'content')[0]?.getAttribute('src');
      const title = labelOf(label);
      if (title && src) entries.push(entry(title, level, ncxPath, src));
      if (level < 6) walk(point, level + 1);
    }
  };
  const navMap = byLocalName(ncx, 'navMap')[0];
  if (navMap) walk(navMap, 1);
  return entries;
};
