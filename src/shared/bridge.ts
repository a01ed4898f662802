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
