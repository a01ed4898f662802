import { articleProvenance, articleTitleClass, sectionLevel } from './articleMeta';
import type { Block, GlossDocument } from './model';
import { readerClasses } from './readerClasses';

/*
 * The first screen of the document a window opens: a picture of what the reader is about to
 * show, laid out by the app's own classes so the reader replaces it in place, shown while
 * React, Lexical and the rest of the app are still being loaded. Browser mode's server writes it
 * into the page it serves (server/page.ts), so it paints with the page itself, before any script
 * has run; where the page comes without it (Electron, a page served before the library had a
 * document), the page's first script draws it from the document's text
 * (renderer reader/firstScreen.ts). Both build it from this one description: plain elements, no
 * roles, hidden from assistive technology and inert (the reader that takes its place is the one
 * to read, select and highlight).
 */

export type ScreenTag =
  | 'div'
  | 'header'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'p'
  | 'blockquote'
  | 'span'
  | 'ul'
  | 'li';

/** An element of the first screen: its tag, classes, text and children. */
export interface ScreenNode {
  tag: ScreenTag;
  className: string;
  text?: string;
  children?: ScreenNode[];
  /** Data attributes (without the `data-` prefix). */
  data?: Readonly<Record<string, string>>;
}

/** What the first screen shows of a document. */
export type FirstScreenDocument = Pick<
  GlossDocument,
  'id' | 'title' | 'byline' | 'siteName' | 'source' | 'publishedAt' | 'addedAt' | 'blocks'
>;

/** The class of the first screen's outermost element. */
export const firstScreenClass = 'first-screen';
/** The data attribute (`data-document-id`) naming the document a served first screen shows. */
export const firstScreenDocumentKey = 'documentId';

/** About a tall window's worth of text: the blocks beyond it are not on the first screen. */
const firstScreenChars = 6_000;

const node = (
  tag: ScreenTag,
  className: string,
  content: string | ScreenNode[] = [],
): ScreenNode =>
  typeof content === 'string'
    ? { tag, className, text: content }
    : { tag, className, children: content };

/** The first blocks of the text, up to about a screen of it. */
export const firstBlocks = (blocks: readonly Block[]): Block[] => {
  const first: Block[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (chars >= firstScreenChars) break;
    first.push(block);
    chars += block.text.length;
  }
  return first;
};

/** The blocks as the reader draws them (reader/renderBlocks.ts), list items in bullet lists. */
const blockNodes = (blocks: readonly Block[]): ScreenNode[] => {
  const drawn: ScreenNode[] = [];
  let list: ScreenNode[] | null = null;
  for (const block of blocks) {
    if (block.kind === 'listItem') {
      if (list === null) {
        list = [];
        drawn.push(node('ul', readerClasses.list.ul, list));
      }
      list.push(node('li', readerClasses.list.listitem, block.text));
      continue;
    }
    list = null;
    if (block.kind === 'heading') {
      const tag = `h${sectionLevel(block.level)}` as const;
      drawn.push(node(tag, readerClasses.heading[tag], block.text));
    } else if (block.kind === 'quote') {
      drawn.push(node('blockquote', readerClasses.quote, block.text));
    } else {
      drawn.push(node('p', readerClasses.paragraph, block.text));
    }
  }
  return drawn;
};

/** The article's header as ArticleHeader lays it out. */
const header = (doc: FirstScreenDocument): ScreenNode => {
  const { byline, origin, date } = articleProvenance(doc);
  const meta: ScreenNode[] = [];
  [byline, origin, date]
    .filter((part): part is string => part !== null && part !== '')
    .forEach((part, index) => {
      if (index > 0) meta.push(node('span', 'meta-sep', '·'));
      meta.push(node('span', '', part));
    });
  return node('header', 'article-header', [
    node('h1', articleTitleClass(doc.title), doc.title),
    node('div', 'article-meta-row', [
      node('p', 'article-meta', meta),
      // Where the shortcuts button will be: keeps the row the height it will have.
      node('span', 'icon-button shortcuts-button first-screen-button'),
    ]),
  ]);
};

/** The window's frame (styles/layout.css) around the article, its panes still empty. */
export const firstScreen = (doc: FirstScreenDocument): ScreenNode => ({
  ...node('div', firstScreenClass, [
    {
      ...node('div', 'app', [
        node('div', 'topbar'),
        node('div', 'library-pane'),
        node('div', 'workspace', [
          node('div', 'reader', [
            node('div', 'article', [
              header(doc),
              node('div', 'article-text', blockNodes(firstBlocks(doc.blocks))),
            ]),
          ]),
          node('div', 'panel'),
        ]),
      ]),
      data: { libraryOpen: 'false' },
    },
  ]),
  data: { [firstScreenDocumentKey]: doc.id },
});

const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (c) => escapes[c] ?? c);

/** `documentId` → `data-document-id`. */
const dataAttribute = (key: string): string =>
  `data-${key.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`)}`;

const nodeHtml = (screenNode: ScreenNode, extraAttributes = ''): string => {
  const { tag, className, text, children = [], data = {} } = screenNode;
  const attributes = [
    className === '' ? '' : ` class="${escapeHtml(className)}"`,
    ...Object.entries(data).map(([key, value]) => ` ${dataAttribute(key)}="${escapeHtml(value)}"`),
    extraAttributes,
  ].join('');
  const content =
    text === undefined ? children.map((child) => nodeHtml(child)).join('') : escapeHtml(text);
  return `<${tag}${attributes}>${content}</${tag}>`;
};

/**
 * The first screen as HTML for a page (server/page.ts): every text and attribute value escaped,
 * and the outermost element hidden from assistive technology and inert, as the script's is.
 */
export const firstScreenHtml = (screen: ScreenNode): string =>
  nodeHtml(screen, ' aria-hidden="true" inert');
