import { call } from '../api/client';
import { callEarly } from '../api/earlyCalls';
import { adoptServedFirstScreen, showFirstScreen } from './firstScreen';

/*
 * The document a window opens at start, asked for as soon as the page runs, before React has
 * rendered anything: the reader's text is then on its way while the library and the panels
 * are still being drawn, instead of being asked for only after the library list had arrived
 * and been drawn (two round trips and a render in a row before the first paragraph). The text
 * is an early call (api/earlyCalls.ts): the reader takes it with takeEarlyOrCall, and its first
 * screen is drawn as soon as it arrives (reader/firstScreen.ts).
 */

let first: Promise<string | null> | null = null;
let drawn: Promise<void> = Promise.resolve();

/**
 * Asks the core which document to open (unless the page came with its first screen, which
 * names it) and starts loading it. Called once, from startup.ts.
 */
export const startFirstDocument = (): void => {
  const served = adoptServedFirstScreen();
  if (served !== null) {
    first = Promise.resolve(served);
    callEarly('documents.get', { id: served });
    return;
  }
  first = call('library.lastOpened', {}).then(({ id }) => id);
  first.catch(() => undefined);
  // Settles, never fails: a failed call is the app's to report once it has started.
  drawn = first
    .then(
      async (id) => {
        if (id !== null) showFirstScreen(await callEarly('documents.get', { id }));
      },
      () => undefined,
    )
    .catch(() => undefined);
};

/**
 * Settles once the first screen is drawn, or once it is known there is none to draw (an empty
 * library, a failed call): main.tsx starts the app after it, so the app's start does not hold
 * up the few milliseconds of drawing it.
 */
export const firstScreenDrawn = (): Promise<void> => drawn;

/** The id of the document to open first: null for an empty library or if the core failed. */
export const firstDocumentId = async (): Promise<string | null> => {
  if (first === null) return null;
  try {
    return await first;
  } catch {
    return null;
  }
};
