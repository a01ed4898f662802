import { pageSecretParam, pageSecretStorageKey } from '../../../shared/bridge';

const fragment = new RegExp(`^#${pageSecretParam}=([A-Za-z0-9_-]+)$`, 'u');

/** This page's secret, once handed over or read back. */
let secret: string | null = null;

/**
 * Browser mode's page secret (see shared/bridge.ts). The launch redirect hands it over once in
 * the URL's fragment: it is wiped from the address bar and history entry at once, and kept in
 * sessionStorage (this origin and tab only; it survives a reload, which page memory would not)
 * once the first frame is painted, or as the page goes, whichever comes first: a cold
 * browser's first use of sessionStorage is a synchronous call to the browser process, which
 * held the page's first script, and with it the first screen's paint, for tens of milliseconds.
 */
export const adoptPageSecret = (): void => {
  const handed = fragment.exec(window.location.hash)?.[1];
  if (handed === undefined) return;
  secret = handed;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  const keepOnce = () => {
    window.removeEventListener('pagehide', keepOnce);
    window.sessionStorage.setItem(pageSecretStorageKey, handed);
  };
  window.addEventListener('pagehide', keepOnce);
  // A task queued from a frame's callback runs once that frame is painted.
  requestAnimationFrame(() => setTimeout(keepOnce, 0));
};

export const pageSecret = (): string | null =>
  (secret ??= window.sessionStorage.getItem(pageSecretStorageKey));
