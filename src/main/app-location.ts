import { pathToFileURL } from 'node:url';

/**
 * Where the renderer legitimately lives: the built index.html on disk, or in development the
 * electron-vite dev server. Navigation and IPC are allowed from there and nowhere else.
 */
export type AppLocation =
  { kind: 'file'; pageUrl: string } | { kind: 'dev'; url: string; origin: string };

export const appLocation = (rendererFile: string, devServerUrl?: string): AppLocation =>
  devServerUrl
    ? { kind: 'dev', url: devServerUrl, origin: new URL(devServerUrl).origin }
    : { kind: 'file', pageUrl: pathToFileURL(rendererFile).href };

export const isAppUrl = (url: string, location: AppLocation): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  // Only the page itself: any other file:// URL could be a document the user was tricked into.
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === location.pageUrl;
};
