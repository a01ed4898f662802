import type { GlossBridge, GlossShell } from '../../shared/bridge';

declare global {
  interface Window {
    /** The Electron preload bridge; absent in browser mode, where the API goes over HTTP. */
    gloss?: GlossBridge;
    /** Electron's native dialogs; absent in browser mode. */
    glossShell?: GlossShell;
  }
}

export {};
