import type { Block } from '../../shared/model';

/** Elements that end the running text and start a block of their own. */
const containerTags = new Set([
  'ARTICLE',
  'SECTION',
  'DIV',
  'MAIN',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'CAPTION',
  'HR',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
]);

type Context = Pick<Block, 'kind' | 'level'>;

// Block texts are single lines: the canonical text separates blocks with a blank line.
const cleanText = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const blockTags = /^(?:H[1-6]|P|BLOCKQUOTE|LI|PRE)$/u;

/**
 * Turns sanitised article HTML into blocks: headings, paragraphs, quotes (everything inside a
 * blockquote) and list items; inline markup is flattened to its text. Text sitting directly in
 * a container becomes a paragraph, and each line of preformatted text one paragraph.
 * `anchors`, when given, receives each element id (kept by the sanitiser for this only) with the
 * index of the block it starts or sits in: where a book's table of contents points inside a file.
 */
export const htmlToBlocks = (root: Node, anchors?: Map<string, number>): Block[] => {
  const blocks: Block[] = [];
  let pending = '';

  const anchor = (element: Element, tag: string) => {
    const id = element.getAttribute('id');
    if (!anchors || !id || anchors.has(id)) return;
    // A block element starts a new block after any text still waiting for one.
    const starts = blockTags.test(tag) || containerTags.has(tag);
    anchors.set(id, blocks.length + (starts && cleanText(pending) !== '' ? 1 : 0));
  };

  const flush = (context: Context) => {
    const text = cleanText(pending);
    pending = '';
    if (text !== '') blocks.push({ ...context, text });
  };

  // A paragraph inside a quote or a list item stays a quote or a list item.
  const inner = (context: Context, kind: 'paragraph' | 'quote' | 'listItem'): Context =>
    kind === 'paragraph' && (context.kind === 'quote' || context.kind === 'listItem')
      ? context
      : { kind };

  const visitChildren = (node: Node, context: Context) => {
    for (const child of Array.from(node.childNodes)) visit(child, context);
  };

  const asBlock = (element: Element, context: Context) => {
    flush(context);
    visitChildren(element, context);
    flush(context);
  };

  const visit = (node: Node, context: Context) => {
    if (node.nodeType === node.TEXT_NODE) {
      pending += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    anchor(element, tag);
    const heading = /^H([1-6])$/u.exec(tag);
    if (heading) asBlock(element, { kind: 'heading', level: Math.max(2, Number(heading[1])) });
    else if (tag === 'P') asBlock(element, inner(context, 'paragraph'));
    else if (tag === 'BLOCKQUOTE') asBlock(element, { kind: 'quote' });
    else if (tag === 'LI') asBlock(element, { kind: 'listItem' });
    else if (tag === 'PRE') {
      flush(context);
      for (const line of (element.textContent ?? '').split('\n')) {
        pending = line;
        flush(inner(context, 'paragraph'));
      }
    } else if (tag === 'BR' || tag === 'TD' || tag === 'TH') {
      pending += ' ';
      visitChildren(element, context);
    } else if (containerTags.has(tag)) asBlock(element, inner(context, 'paragraph'));
    else visitChildren(element, context);
  };

  visitChildren(root, { kind: 'paragraph' });
  flush({ kind: 'paragraph' });
  return blocks;
};
