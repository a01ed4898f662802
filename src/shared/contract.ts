import { z } from 'zod';
import { documentSchema, documentSummarySchema } from './model';

/** Largest text the importer accepts, in UTF-16 code units (about 10 MB of English). */
export const maxImportChars = 10_000_000;

const documentId = z.string().min(1).max(64);

/**
 * The whole API of Gloss: one entry per method, with its input and output schemas.
 * Both transports (Electron IPC, browser-mode HTTP) and the renderer client are typed from it,
 * and inputs are validated against it at every boundary.
 */
export const methods = {
  'library.list': {
    input: z.object({}).strict(),
    output: z.array(documentSummarySchema),
  },
  'documents.get': {
    input: z.object({ id: documentId }).strict(),
    output: documentSchema,
  },
  'documents.importText': {
    input: z
      .object({
        text: z.string().max(maxImportChars, 'The text is larger than the 10 MB import limit.'),
        title: z.string().max(500).optional(),
        source: z.string().max(2000).optional(),
      })
      .strict(),
    output: documentSummarySchema,
  },
  'documents.markOpened': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  'documents.delete': {
    input: z.object({ id: documentId }).strict(),
    output: z.object({ id: z.string() }),
  },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];

export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(methods, name);

/** What a core must implement: one handler per method, taking validated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
