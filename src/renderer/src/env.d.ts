import type { GlossBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** The Electron preload bridge; absent in browser mode, where the API goes over HTTP. */
    gloss?: GlossBridge;
  }
}

export {};
