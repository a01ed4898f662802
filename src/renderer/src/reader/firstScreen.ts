import {
  firstScreen,
  firstScreenClass,
  firstScreenDocumentKey,
  type FirstScreenDocument,
  type ScreenNode,
} from '../../../shared/firstScreen';
import './firstScreen.css';

/*
 * The first screen of the document a window opens (shared/firstScreen.ts): served in the page
 * by browser mode's server, else drawn here from the document's text as soon as it arrives. It
 * stays until the reader paints the same text in its place: the reader removes it in the commit
 * that paints the text (ReaderPane), so the two are never on screen or in the DOM together; an
 * open that fails removes it the same way.
 */

/** A start that never reaches the reader (a failed bundle) must not leave a picture behind. */
const giveUpAfterMs = 15_000;

let shown: HTMLElement | null = null;
/** Set once the app's reader is on screen: from then on there is nothing to draw ahead of it. */
let readerStarted = false;

const elementOf = (screenNode: ScreenNode): HTMLElement => {
  const element = document.createElement(screenNode.tag);
  if (screenNode.className !== '') element.className = screenNode.className;
  Object.assign(element.dataset, screenNode.data);
  if (screenNode.text !== undefined) element.textContent = screenNode.text;
  else element.append(...(screenNode.children ?? []).map(elementOf));
  return element;
};

/**
 * The first screen the server wrote into the page, if it did: taken as drawn (the reader will
 * remove it), and the id of the document it shows, which is the one to open.
 */
export const adoptServedFirstScreen = (): string | null => {
  if (typeof document === 'undefined') return null;
  const served = document.querySelector<HTMLElement>(`body > .${firstScreenClass}`);
  const id = served?.dataset[firstScreenDocumentKey];
  if (!served || id === undefined || id === '') return null;
  shown = served;
  setTimeout(removeFirstScreen, giveUpAfterMs);
  return id;
};

/** Draws the first screen of `doc`, unless one is shown or the reader has shown something. */
export const showFirstScreen = (doc: FirstScreenDocument): void => {
  if (readerStarted || shown !== null || typeof document === 'undefined') return;
  try {
    const drawn = elementOf(firstScreen(doc));
    drawn.setAttribute('aria-hidden', 'true');
    drawn.inert = true;
    document.body.append(drawn);
    shown = drawn;
    setTimeout(removeFirstScreen, giveUpAfterMs);
  } catch (error) {
    // Only a picture: the app shows the document all the same.
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
