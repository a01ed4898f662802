import { importFileMessages } from '../../shared/importFiles';
import { GlossError } from '../../shared/result';

/*
 * Readability's cost grows with the square of a page's depth (128 nested divs take ~4 s, 2,000
 * would take minutes), and jsdom's own parse of 100,000 nested divs runs for minutes. Real
 * articles are 15-40 levels deep. So a page is measured twice before the expensive steps: its
 * source by a linear scan of its tags, before jsdom (generously, as the scan only estimates
 * what the parser will build), then the DOM jsdom built, before Readability.
 */

/** The deepest page Gloss reads, in elements from <body>. */
export const maxHtmlDepth = 128;
/** The most elements a page may have. */
export const maxHtmlElements = 250_000;
/** The source scan only estimates depth (unclosed tags), so it refuses at four times the limit. */
const sourceDepthSlack = 4;

/** Elements that never hold others, and those whose end tag the parser implies. */
const flatTags = new Set(
  [
    ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source'],
    ...['track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead'],
    ...['tbody', 'tfoot', 'colgroup', 'caption', 'rp', 'rt', 'html', 'head', 'body'],
  ].map((tag) => tag.toUpperCase()),
);

// Comments and raw-text elements hold no tags; anything else that looks like a tag is one.
// No part may run past the next `<`: a scan that could would be quadratic on `<a<a<a...`.
const tagPattern =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-z][^\s/<>]*)[^<>]*?(\/?)>/giu;

const tooDeep = (name: string) =>
  new GlossError('too_complex', importFileMessages.tooDeep(name, maxHtmlDepth));
const tooMany = (name: string) =>
  new GlossError('too_complex', importFileMessages.tooManyElements(name, maxHtmlElements));

/** Refuses, before any DOM is built, a source whose tags nest or number far past the limits. */
export const checkHtmlSource = (name: string, html: string): void => {
  let depth = 0;
  let elements = 0;
  for (const match of html.matchAll(tagPattern)) {
    const [, rawText, closing, tag, selfClosing] = match;
    if (rawText !== undefined) elements += 1;
    if (tag === undefined) continue;
    const flat = flatTags.has(tag.toUpperCase()) || selfClosing === '/';
    if (closing === '/') {
      if (!flat && depth > 0) depth -= 1;
      continue;
    }
    elements += 1;
    if (elements > maxHtmlElements) throw tooMany(name);
    if (!flat && ++depth > maxHtmlDepth * sourceDepthSlack) throw tooDeep(name);
  }
};

/** Refuses a parsed page deeper or larger than the limits, before Readability reads it. */
export const checkHtmlDom = (name: string, document: Document): void => {
  if (document.getElementsByTagName('*').length > maxHtmlElements) throw tooMany(name);
  // Iterative, so the walk itself never runs out of stack.
  const stack: [Element, number][] = [[document.documentElement, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry;
    if (depth > maxHtmlDepth) throw tooDeep(name);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
};
