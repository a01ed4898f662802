import { call } from '../api/client';
import { callEarly } from '../api/earlyCalls';

/*
 * The document a window opens at start, asked for as soon as the page runs, before React has
 * rendered anything: the reader's text is then on its way while the library and the panels
 * are still being drawn, instead of being asked for only after the library list had arrived
 * and been drawn (two round trips and a render in a row before the first paragraph). The text
 * is an early call (api/earlyCalls.ts): the reader takes it with takeEarlyOrCall.
 */

let first: Promise<string | null> | null = null;

/** Asks the core which document to open and starts loading it. Called once, from startup.ts. */
export const startFirstDocument = (): void => {
  first = call('library.lastOpened', {}).then(({ id }) => {
    if (id !== null) callEarly('documents.get', { id });
    return id;
  });
  first.catch(() => undefined);
};

/** The id of the document to open first: null for an empty library or if the core failed. */
export const firstDocumentId = async (): Promise<string | null> => {
  if (first === null) return null;
  try {
    return await first;
  } catch {
    return null;
  }
};
