import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { Result } from './result';

/** The Electron IPC channel that carries one contract method. */
export const channelFor = (method: MethodName): string => `gloss:${method}`;

/**
 * What the preload exposes as `window.gloss`: one named function per contract method, resolving
 * to the method's Result. Nothing else crosses the bridge.
 */
export type GlossBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * The Content-Security-Policy both shells give the renderer. The Vite build has no inline
 * scripts; React sets inline style attributes, hence 'unsafe-inline' for styles only. Small images
 * may be inlined as data: URLs by Vite. Fonts ship as files, so font-src needs nothing extra.
 * The renderer's index.html carries the same policy in a <meta> tag (what applies where no
 * header does, as for Electron's file:// page), all but frame-ancestors, which a <meta> cannot
 * set; src/main/csp.test.ts keeps the two equal.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser mode's per-page secret: handed to the page once, in the fragment of the launch
 * redirect (`/#gloss-page=<secret>`), kept by the page in sessionStorage (this origin and tab
 * only, never sent as a cookie) and sent with every /api/ call in this header. A session
 * cookie that reaches another program (browsers send 127.0.0.1 cookies to every port) is then
 * useless without it.
 */
export const pageSecretHeader = 'X-Gloss-Page';
export const pageSecretParam = 'gloss-page';
export const pageSecretStorageKey = 'gloss-page-secret';

/** What `choosePath` asks for: a file to save into, or a folder to export into. */
export interface ChoosePathOptions {
  kind: 'file' | 'folder';
  /** The file name the save dialog proposes. */
  defaultName?: string;
}

/**
 * What the preload exposes as `window.glossShell` in Electron only: the native dialogs, which
 * are not part of the contract because browser mode and the CLI have none.
 */
export interface GlossShell {
  /** The chosen absolute path, or null when the user cancelled. */
  choosePath(options: ChoosePathOptions): Promise<string | null>;
}

/** The IPC channel of GlossShell.choosePath. */
export const choosePathChannel = 'gloss-shell:choosePath';
