import { pageSecretParam, pageSecretStorageKey } from '../../../shared/bridge';

const fragment = new RegExp(`^#${pageSecretParam}=([A-Za-z0-9_-]+)$`, 'u');

/**
 * Browser mode's page secret (see shared/bridge.ts). The launch redirect hands it over once in
 * the URL's fragment: it is moved into sessionStorage (this origin and tab only; it survives a
 * reload, which page memory would not) and wiped from the address bar and history entry.
 */
export const adoptPageSecret = (): void => {
  const handed = fragment.exec(window.location.hash)?.[1];
  if (handed === undefined) return;
  window.sessionStorage.setItem(pageSecretStorageKey, handed);
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
};

export const pageSecret = (): string | null => window.sessionStorage.getItem(pageSecretStorageKey);
