import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Handlers } from '../shared/contract';
import { firstScreen, firstScreenHtml } from '../shared/firstScreen';
import { sendPlain } from './respond';

/*
 * The app's page. The one the launch redirect leads to has the first screen of the document the
 * app opens written in (shared/firstScreen.ts): the browser paints the article's title and first
 * paragraphs with the page itself, without waiting for a script to arrive, run and ask the core
 * for the text (on a cold start those took the first paint from about 300 ms, a blank page's,
 * to about 950 ms). The page's first script adopts it (renderer reader/firstScreen.ts) and the
 * reader replaces it; later pages (a reload) come as built and the script draws it.
 *
 * Only that first page, because the page is a GET that needs the session cookie alone, and
 * browsers send 127.0.0.1's cookies to every port: another local server the user visits sees
 * the cookie, and the API answers nothing without the page secret as well. The launch page is
 * asked for by the browser in the same breath as the cookie is set, before it could be sent
 * anywhere else (session.ts, `takeLaunchPage`). It is never cached, never framed
 * (security.ts).
 */

/** Whether a request path asks for the app's page. */
export const isPagePath = (pathname: string): boolean =>
  pathname === '/' || pathname === '/index.html';

/** The first screen of the document the app will open, as HTML; '' when there is none. */
const firstScreenOf = async (handlers: Handlers): Promise<string> => {
  try {
    const { id } = await handlers['library.lastOpened']({});
    if (id === null) return '';
    return firstScreenHtml(firstScreen(await handlers['documents.get']({ id })));
  } catch {
    // Only a picture: the page's script asks again and the app reports a failure itself.
    return '';
  }
};

/** `html` with `screen` as the last element of its body. */
export const withFirstScreen = (html: string, screen: string): string => {
  const bodyEnd = html.lastIndexOf('</body>');
  return bodyEnd < 0 ? html + screen : html.slice(0, bodyEnd) + screen + html.slice(bodyEnd);
};

/** The page; with the first screen when given the core's handlers to read it from. */
export const servePage = async (
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  handlers: Handlers | null,
): Promise<void> => {
  let html: string;
  try {
    html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  } catch {
    return sendPlain(res, 404, 'Not Found');
  }
  const body = handlers === null ? html : withFirstScreen(html, await firstScreenOf(handlers));
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    // Valid for this launch's session only, and it carries a document's text.
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
};
