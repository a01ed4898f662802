import { Readability } from '@mozilla/readability';
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { importFileMessages } from '../../shared/importFiles';
import type { Block } from '../../shared/model';
import { GlossError } from '../../shared/result';
import { citationFromHtmlHead } from '../citations/fromHtml';
import { checkHtmlDom, checkHtmlSource } from './htmlGuard';
import { htmlToBlocks } from './htmlBlocks';
import { titleAndBlocks, type ImportedDocument } from './imported';

/**
 * Only structure and inline text markup pass; no attribute at all, so no event handler, URL
 * (javascript: or other) or style survives. Removing an element keeps its text, except for
 * these, whose content is code, controls or chrome, never article text.
 */
const purifyConfig: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'ul', 'ol', 'li', 'pre', 'br'],
    ...['div', 'section', 'article', 'main', 'header', 'footer', 'figure', 'figcaption', 'hr'],
    ...['dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'],
    ...['details', 'summary', 'address', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins'],
    ...['sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time', 'span', 'code', 'kbd'],
  ],
  ALLOWED_ATTR: [],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_CONTENTS: [
    ...['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object'],
    ...['embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'form', 'button'],
    ...['input', 'select', 'option', 'optgroup', 'textarea', 'label', 'fieldset', 'legend'],
    ...['nav', 'aside', 'dialog', 'menu', 'head', 'title', 'noembed', 'noframes', 'xmp'],
  ],
  RETURN_DOM_FRAGMENT: true,
};

/** The same allow-list, keeping element ids, which never leave the import (createChapterReader). */
const chapterConfig = { ...purifyConfig, ALLOWED_ATTR: ['id'] };

/**
 * The blocks of a book's chapter after the same allow-list as an imported page (the chapter is
 * already the article, so Readability is not asked), and the index of the block each element id
 * falls in, so a table of contents entry `chapter.xhtml#part-2` finds its place.
 */
export const createChapterReader = (window: WindowLike) => {
  const purify = createDOMPurify(window);
  return (html: string): { blocks: Block[]; anchors: Map<string, number> } => {
    const anchors = new Map<string, number>();
    return { blocks: htmlToBlocks(purify.sanitize(html, chapterConfig), anchors), anchors };
  };
};

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv). */
export const declaredCharset = (bytes: Uint8Array): string | undefined => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head)?.[1];
};

const metadata = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/gu, ' ').trim();
  return text ? text : null;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "Title | Site Name" is how pages name themselves in tabs; the site is metadata of its own. */
const withoutSiteName = (title: string | null, siteName: string | null): string | null => {
  if (!title || !siteName) return title;
  const site = escapeRegExp(siteName);
  const separator = '\\s+[|·•—–-]\\s+';
  const stripped = title
    .replace(new RegExp(`${separator}${site}$`, 'iu'), '')
    .replace(new RegExp(`^${site}${separator}`, 'iu'), '');
  return stripped || title;
};

/**
 * Reads an HTML file's article: Readability finds it and its metadata, DOMPurify keeps an
 * allow-list of elements and no attributes, and the rest becomes blocks. The HTML is parsed,
 * never run or rendered: jsdom executes no script and fetches nothing. Refuses (naming the
 * file) a page with no readable text, or one too deep or large to read (see htmlGuard.ts).
 */
export const parseHtml = (name: string, html: string): ImportedDocument => {
  checkHtmlSource(name, html);
  // Quiet console: jsdom reports every stylesheet it cannot parse, which is no concern here.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    checkHtmlDom(name, dom.window.document);
    // Read before Readability, which rewrites the document as it goes.
    const citation = citationFromHtmlHead(dom.window.document);
    const article = new Readability(dom.window.document).parse();
    if (!article?.content)
      throw new GlossError('empty_document', importFileMessages.noArticle(name));
    const purify = createDOMPurify(dom.window as unknown as WindowLike);
    const fragment = purify.sanitize(article.content, purifyConfig);
    const siteName = metadata(article.siteName);
    const title = withoutSiteName(metadata(article.title), siteName);
    const parsed = titleAndBlocks(htmlToBlocks(fragment), title);
    if (!parsed) throw new GlossError('empty_document', importFileMessages.noArticle(name));
    return {
      ...parsed,
      byline: metadata(article.byline),
      siteName,
      publishedAt: metadata(article.publishedTime),
      citation,
    };
  } finally {
    dom.window.close();
  }
};
