import { parseHTML } from 'linkedom';

/** Elements whose text is a block of its own: each becomes one paragraph of the plain text. */
const blockTags = new Set(
  'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements with no reading text. */
const skippedTags = new Set(
  'script style noscript template head svg canvas iframe object'.split(' '),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const textNode = 3;
const elementNode = 1;

/**
 * The plain text of an HTML page as `gloss entities` reads it: the text of each block element
 * (paragraph, heading, list item, cell...) with runs of white space collapsed, blocks joined
 * by blank lines; scripts and styles dropped. Offsets in its output refer to this text.
 */
export const htmlToText = (html: string): string => {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<html><body>${html}</body></html>`,
  );
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[ \t\r\n\f\u00a0]+/gu, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === textNode) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== elementNode) return;
    const tag = node.nodeName.toLowerCase();
    if (skippedTags.has(tag)) return;
    if (tag === 'br') {
      current += ' ';
      return;
    }
    const isBlock = blockTags.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (root) walk(root);
  flush();
  return blocks.join('\n\n');
};
