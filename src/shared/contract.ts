import { z } from 'zod';
import {
  annotationsSchema,
  highlightColors,
  highlightSchema,
  noteSchema,
  removedHighlightSchema,
  replaceTextReportSchema,
  tagsSchema,
} from './annotations';
import { documentSchema, documentSummarySchema } from './model';

/** Largest text the importer accepts, in UTF-16 code units (about 10 MB of English). */
export const maxImportChars = 10_000_000;

const documentId = z.string().min(1).max(64);
const recordId = z.string().min(1).max(64);
const offset = z.number().int().nonnegative();
const importText = z
  .string()
  .max(maxImportChars, 'The text is larger than the 10 MB import limit.');
const range = { start: offset, end: offset };
const startBeforeEnd = (value: { start: number; end: number }) => value.start < value.end;
const emptyRange = { message: 'Select some text first: the range is empty.', path: ['end'] };

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
        text: importText,
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
  /** Stores a new version of the text and re-anchors the document's highlights onto it. */
  'documents.replaceText': {
    input: z.object({ id: documentId, text: importText }).strict(),
    output: z.object({ document: documentSummarySchema, report: replaceTextReportSchema }),
  },
  'annotations.list': {
    input: z.object({ documentId }).strict(),
    output: annotationsSchema,
  },
  /** The core reads the quote from its own copy of the text; the caller sends offsets only. */
  'highlights.create': {
    input: z
      .object({ documentId, ...range, color: z.enum(highlightColors) })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: highlightSchema,
  },
  'highlights.update': {
    input: z
      .object({
        id: recordId,
        color: z.enum(highlightColors).optional(),
        tags: tagsSchema.optional(),
      })
      .strict(),
    output: highlightSchema,
  },
  /** Deletes a highlight and its note; returns both so that undo can restore them. */
  'highlights.delete': {
    input: z.object({ id: recordId }).strict(),
    output: removedHighlightSchema,
  },
  /** Puts back what delete removed (undo), with the same ids. */
  'highlights.restore': {
    input: removedHighlightSchema.strict(),
    output: highlightSchema,
  },
  /** Attaches a highlight (typically an orphan) to a new range of the current text. */
  'highlights.reattach': {
    input: z
      .object({ id: recordId, ...range })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: highlightSchema,
  },
  /**
   * Creates or updates a note: with an id, updates that note; else creates the note of
   * highlightId (updating it if that highlight already has one) or a document note.
   */
  'notes.save': {
    input: z
      .object({
        id: recordId.optional(),
        documentId,
        highlightId: recordId.nullable(),
        body: noteSchema.shape.body,
        tags: tagsSchema,
      })
      .strict(),
    output: noteSchema,
  },
  /** Deletes a note (not its highlight); returns it so that undo can save it back. */
  'notes.delete': {
    input: z.object({ id: recordId }).strict(),
    output: noteSchema,
  },
  /** Puts back a deleted note with the same id (undo). */
  'notes.restore': {
    input: z.object({ note: noteSchema }).strict(),
    output: noteSchema,
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
