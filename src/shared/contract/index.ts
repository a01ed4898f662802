import type { z } from 'zod';
import { annotationsMethods } from './annotations';
import { citationMethods } from './citations';
import { clippingsMethods } from './clippings';
import { documentsMethods } from './documents';
import { entitiesMethods } from './entities';
import { exportMethods } from './export';
import { importMethods } from './import';
import { libraryMethods } from './library';
import { notesMethods } from './notes';
import { preferencesMethods } from './preferences';
import { reviewMethods } from './review';
import { searchMethods } from './search';

export { maxImportBytes, maxImportChars } from './import';
export { libraryJsonLimit, maxLibraryJsonChars } from './export';

/**
 * The whole API of Gloss: one entry per method, with its input and output schemas, joined from
 * one file per feature. Both transports (Electron IPC, browser-mode HTTP) and the renderer
 * client are typed from it, and inputs are validated against it at every boundary.
 */
export const methods = {
  ...libraryMethods,
  ...documentsMethods,
  ...importMethods,
  ...clippingsMethods,
  ...searchMethods,
  ...exportMethods,
  ...preferencesMethods,
  ...annotationsMethods,
  ...notesMethods,
  ...entitiesMethods,
  ...citationMethods,
  ...reviewMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];

export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(methods, name);

/** About the call itself, from the transport: `signal` aborts when the caller has gone away. */
export interface CallContext {
  signal?: AbortSignal;
}

/** What a core must implement: one handler per method, taking validated input. */
export type Handlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    call?: CallContext,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The handlers of one feature's methods, e.g. `FeatureHandlers<typeof notesMethods>`. */
export type FeatureHandlers<F> = Pick<Handlers, keyof F & MethodName>;
