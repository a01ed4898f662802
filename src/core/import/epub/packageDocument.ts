import path from 'node:path/posix';

/** What the package document (the .opf) says about the book. */
export interface PackageDocument {
  title: string | null;
  creators: string[];
  language: string | null;
  date: string | null;
  /** Paths inside the archive of the spine's documents, in reading order. */
  spine: string[];
  /** The EPUB 3 navigation document, if any. */
  nav: string | null;
  /** The EPUB 2 NCX table of contents, if any. */
  ncx: string | null;
}

/** Elements by local name, whatever their namespace prefix (dc:title, opf:item, title). */
export const byLocalName = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS('*', name));

const textOf = (element: Element | undefined): string | null => {
  const text = element?.textContent?.replace(/\s+/gu, ' ').trim();
  return text ? text : null;
};

/** A path inside the archive for an href relative to the file that holds it. */
export const resolveHref = (from: string, href: string): string => {
  const withoutFragment = href.split('#')[0] ?? '';
  let decoded = withoutFragment;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    // A stray % in a file name: take the href as written.
  }
  return path.normalize(path.join(path.dirname(from), decoded)).replace(/^\.\//u, '');
};

/** The path of the package document, from META-INF/container.xml. */
export const packagePath = (container: Document): string | null => {
  const rootfiles = byLocalName(container, 'rootfile');
  const opf =
    rootfiles.find((file) => file.getAttribute('media-type') === 'application/oebps-package+xml') ??
    rootfiles[0];
  const fullPath = opf?.getAttribute('full-path')?.trim();
  return fullPath ? fullPath.replace(/^\.?\//u, '') : null;
};

const xhtmlTypes = new Set([
  'application/xhtml+xml',
  'text/html',
  'application/xml',
  'text/x-oeb1-document',
]);

/** Reads the package document at `opfPath`: metadata, spine order, navigation. */
export const readPackage = (opf: Document, opfPath: string): PackageDocument => {
  const manifest = new Map<string, { href: string; type: string; properties: string }>();
  for (const item of byLocalName(opf, 'item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) continue;
    manifest.set(id, {
      href: resolveHref(opfPath, href),
      type: (item.getAttribute('media-type') ?? '').toLowerCase(),
      properties: item.getAttribute('properties') ?? '',
    });
  }
  const spineElement = byLocalName(opf, 'spine')[0];
  const spine = byLocalName(opf, 'itemref').flatMap((itemref) => {
    const item = manifest.get(itemref.getAttribute('idref') ?? '');
    if (!item || itemref.getAttribute('linear') === 'no') return [];
    // Some producers leave media types out or wrong; a file named like a page is a page.
    const page = xhtmlTypes.has(item.type) || /\.x?html?$/iu.test(item.href);
    return page ? [item.href] : [];
  });
  const navItem = [...manifest.values()].find((item) =>
    item.properties.split(/\s+/u).includes('nav'),
  );
  const ncxItem =
    manifest.get(spineElement?.getAttribute('toc') ?? '') ??
    [...manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml');
  const metadata = byLocalName(opf, 'metadata')[0] ?? opf.documentElement;
  const creators = byLocalName(metadata, 'creator').flatMap((creator) => textOf(creator) ?? []);
  return {
    title: textOf(byLocalName(metadata, 'title')[0]),
    creators,
    language: textOf(byLocalName(metadata, 'language')[0]),
    date: textOf(byLocalName(metadata, 'date')[0]),
    spine,
    nav: navItem?.href ?? null,
    ncx: ncxItem?.href ?? null,
  };
};
