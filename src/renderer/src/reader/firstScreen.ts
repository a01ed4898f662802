import type { Block, GlossDocument } from '../../../shared/model';
import { articleProvenance, articleTitleClass, sectionLevel } from '../../../shared/articleMeta';
import { readerTheme } from './readerTheme';
import './firstScreen.css';

/*
 * The first screen of the document a window opens, drawn from its text as soon as the text
 * arrives, while React, Lexical and the rest of the app are still being loaded and started
 * (that is most of a cold start: the reader's own view paints a second or more later). It is a
 * picture of what the reader is about to show, laid out by the app's own classes so the real
 * reader replaces it in place: plain elements, no roles, hidden from assistive technology and
 * inert (the app's reader, which takes its place, is the one to read, select and highlight).
 * The reader removes it in the commit that paints the text (ReaderPane), so the two are never
 * on screen or in the DOM together; an open that fails removes it the same way.
 */

/** About a tall window's worth of text: the blocks beyond it are not on the first screen. */
const firstScreenChars = 6_000;
/** A start that never reaches the reader (a failed bundle) must not leave a picture behind. */
const giveUpAfterMs = 15_000;

let shown: HTMLElement | null = null;
/** Set once the app's reader is on screen: from then on there is nothing to draw ahead of it. */
let readerStarted = false;

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The blocks as the reader draws them (reader/renderBlocks.ts), list items in bullet lists. */
const blockElements = (blocks: readonly Block[]): HTMLElement[] => {
  const drawn: HTMLElement[] = [];
  let list: HTMLElement | null = null;
  for (const block of blocks) {
    if (block.kind === 'listItem') {
      if (list === null) {
        list = element('ul', readerTheme.list?.ul ?? '');
        drawn.push(list);
      }
      list.append(element('li', readerTheme.list?.listitem ?? '', block.text));
      continue;
    }
    list = null;
    if (block.kind === 'heading') {
      const tag = `h${sectionLevel(block.level)}` as const;
      drawn.push(element(tag, readerTheme.heading?.[tag] ?? '', block.text));
    } else if (block.kind === 'quote') {
      drawn.push(element('blockquote', readerTheme.quote ?? '', block.text));
    } else {
      drawn.push(element('p', readerTheme.paragraph ?? '', block.text));
    }
  }
  return drawn;
};

/** The first blocks of the text, up to about a screen of it. */
const firstBlocks = (blocks: readonly Block[]): Block[] => {
  const first: Block[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (chars >= firstScreenChars) break;
    first.push(block);
    chars += block.text.length;
  }
  return first;
};

/** The article's header as ArticleHeader lays it out. */
const header = (doc: GlossDocument): HTMLElement => {
  const head = element('header', 'article-header');
  head.append(element('h1', articleTitleClass(doc.title), doc.title));
  const row = element('div', 'article-meta-row');
  const meta = element('p', 'article-meta');
  const { byline, origin, date } = articleProvenance(doc);
  [byline, origin, date]
    .filter((part): part is string => part !== null && part !== '')
    .forEach((part, index) => {
      if (index > 0) meta.append(element('span', 'meta-sep', '·'));
      meta.append(element('span', '', part));
    });
  // Where the shortcuts button will be: keeps the row the height it will have.
  row.append(meta, element('span', 'icon-button shortcuts-button first-screen-button'));
  head.append(row);
  return head;
};

/** The window's frame (styles/layout.css) around the article, its panes still empty. */
const frame = (doc: GlossDocument): HTMLElement => {
  const screen = element('div', 'first-screen');
  screen.setAttribute('aria-hidden', 'true');
  screen.inert = true;
  const app = element('div', 'app');
  app.dataset.libraryOpen = 'false';
  const workspace = element('div', 'workspace');
  const reader = element('div', 'reader');
  const article = element('div', 'article');
  const text = element('div', 'article-text');
  text.append(...blockElements(firstBlocks(doc.blocks)));
  article.append(header(doc), text);
  reader.append(article);
  workspace.append(reader, element('div', 'panel'));
  app.append(element('div', 'topbar'), element('div', 'library-pane'), workspace);
  screen.append(app);
  return screen;
};

/** Draws the first screen of `doc`, unless the reader has already shown something. */
export const showFirstScreen = (doc: GlossDocument): void => {
  if (readerStarted || shown !== null || typeof document === 'undefined') return;
  try {
    shown = frame(doc);
    document.body.append(shown);
    setTimeout(removeFirstScreen, giveUpAfterMs);
  } catch (error) {
    // Only a picture: the app shows the document all the same.
    shown = null;
    console.warn('gloss: the first screen could not be drawn', error);
  }
};

/**
 * The app's reader is on screen: a picture not drawn yet would now cover it (and a text that
 * arrives is the reader's to show), one already drawn stays until the text is painted.
 */
export const noteReaderShown = (): void => {
  readerStarted = true;
};

/** The reader has painted the document (or why it could not be opened): the picture goes. */
export const removeFirstScreen = (): void => {
  readerStarted = true;
  shown?.remove();
  shown = null;
};
