import { strToU8, zipSync, type Zippable } from 'fflate';
import { generateText } from '../../../shared/anchoring/generatedText';

/*
 * EPUB fixtures zipped in code, for tests and the bench. `buildEpub` writes a real book's
 * layout: mimetype first and stored, container.xml, a package document in a folder of its own.
 */

export interface FixtureChapter {
  file: string;
  title: string;
  /** The chapter's body, as XHTML. */
  body: string;
}

export interface EpubFixtureOptions {
  version?: 2 | 3;
  title?: string;
  creators?: string[];
  language?: string;
  date?: string;
  chapters: FixtureChapter[];
  /** Where the package document sits; real books use OEBPS/, OPS/, or the root. */
  opfPath?: string;
  /** Extra entries, as they would be in the archive. */
  extra?: Record<string, Uint8Array>;
  /** The table of contents' links (`file#id` allowed), one level; else one per chapter. */
  toc?: { title: string; href: string }[];
}

const tocOf = (options: EpubFixtureOptions) =>
  options.toc ?? options.chapters.map((chapter) => ({ title: chapter.title, href: chapter.file }));

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

const chapterXhtml = (chapter: FixtureChapter): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>${escape(chapter.title)}</title><link rel="stylesheet" href="style.css"/></head>
<body>${chapter.body}</body></html>`;

const navXhtml = (options: EpubFixtureOptions): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Contents</title></head><body>
<nav epub:type="toc"><ol>${tocOf(options)
    .map(({ title, href }) => `<li><a href="${href}">${escape(title)}</a></li>`)
    .join('')}</ol></nav></body></html>`;

const ncxXml = (options: EpubFixtureOptions): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${tocOf(options)
    .map(
      ({ title, href }, index) =>
        `<navPoint id="p${index}" playOrder="${index + 1}"><navLabel><text>${escape(title)}</text></navLabel><content src="${href}"/></navPoint>`,
    )
    .join('')}</navMap></ncx>`;

const packageXml = (options: EpubFixtureOptions): string => {
  const version = options.version ?? 3;
  const items = options.chapters
    .map(
      (chapter, index) =>
        `<item id="c${index}" href="${chapter.file}" media-type="application/xhtml+xml"/>`,
    )
    .join('');
  const navigation =
    version === 3
      ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
      : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:identifier id="id">urn:uuid:fixture</dc:identifier>
${options.title ? `<dc:title>${escape(options.title)}</dc:title>` : ''}
${(options.creators ?? []).map((creator) => `<dc:creator opf:role="aut">${escape(creator)}</dc:creator>`).join('')}
<dc:language>${options.language ?? 'en'}</dc:language>
${options.date ? `<dc:date>${options.date}</dc:date>` : ''}
</metadata>
<manifest>${navigation}${items}<item id="css" href="style.css" media-type="text/css"/></manifest>
<spine${version === 2 ? ' toc="ncx"' : ''}>${options.chapters.map((_, index) => `<itemref idref="c${index}"/>`).join('')}</spine>
</package>`;
};

/** An EPUB book zipped with fflate, laid out as producers lay them out. */
export const buildEpub = (options: EpubFixtureOptions): Uint8Array => {
  const opfPath = options.opfPath ?? 'OEBPS/content.opf';
  const folder = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="${opfPath}" media-type="application/oebps-package+xml"/></rootfiles>
</container>`),
    [opfPath]: strToU8(packageXml(options)),
    [`${folder}style.css`]: strToU8('body { font-family: serif; }'),
    [`${folder}${options.version === 2 ? 'toc.ncx' : 'nav.xhtml'}`]: strToU8(
      options.version === 2 ? ncxXml(options) : navXhtml(options),
    ),
  };
  for (const chapter of options.chapters) {
    // The href is a URL; the archive holds the file under its decoded name.
    files[`${folder}${decodeURIComponent(chapter.file)}`] = strToU8(chapterXhtml(chapter));
  }
  for (const [name, data] of Object.entries(options.extra ?? {})) files[name] = data;
  return zipSync(files);
};

/**
 * `count` chapters of about `charsEach` characters of generated prose each (seeded, so the same
 * every run, and varied enough to compress like real text, about 3:1).
 */
export const longBook = (count: number, charsEach: number): FixtureChapter[] =>
  Array.from({ length: count }, (_, index) => {
    const paragraphs = generateText(charsEach, index + 1)
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('\n');
    return {
      file: `chapter-${index + 1}.xhtml`,
      title: `Chapter ${index + 1}`,
      body: `<h1>Chapter ${index + 1}</h1>\n${paragraphs}`,
    };
  });
