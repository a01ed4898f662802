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
import {
  documentEntitiesSchema,
  entityCardSchema,
  entitySchema,
  entityTypeSchema,
  noteLinkSchema,
} from './entities';
import { exportFormats, exportReportSchema, libraryImportReportSchema } from './exchange';
import { documentSchema, documentSummarySchema, trashedDocumentSchema } from './model';
import { preferencesSchema } from './preferences';
import { searchResultsSchema } from './search';
import { fileUpdateSchema, updateTargetSchema } from './textUpdates';

/** Largest text the importer accepts, in UTF-16 code units (about 10 MB of English). */
export const maxImportChars = 10_000_000;

/** Largest file the importer reads, in bytes; sent base64-encoded, it still fits a request. */
export const maxImportBytes = 20 * 1024 * 1024;

/** Largest library JSON (W3C Web Annotation export) `library.importJson` accepts, in characters. */
export const maxLibraryJsonChars = 30_000_000;

const documentId = z.string().min(1).max(64);
const recordId = z.string().min(1).max(64);
const offset = z.number().int().nonnegative();
const importText = z
  .string()
  .max(maxImportChars, 'The text is larger than the 10 MB import limit.');
const range = { start: offset, end: offset };
const startBeforeEnd = (value: { start: number; end: number }) => value.start < value.end;
const emptyRange = { message: 'Select some text first: the range is empty.', path: ['end'] };
const entityId = z.string().min(1).max(64);
const entityName = z
  .string()
  .trim()
  .min(1, 'An entity needs a name.')
  .max(200, 'An entity name can be at most 200 characters.');
const noteLink = z.object({ noteId: recordId, entityId }).strict();

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
  /**
   * Imports one file (.txt, .md, .html/.htm) sent as base64 bytes: the encoding is detected,
   * HTML goes through Readability then DOMPurify. Answers unsupported_file, empty_document or
   * too_large with a message naming the file; nothing is stored then.
   */
  'documents.importFile': {
    input: z
      .object({
        name: z.string().trim().min(1).max(500),
        data: z
          .string()
          .max(
            Math.ceil(maxImportBytes / 3) * 4,
            'The file is larger than the 20 MB import limit.',
          ),
      })
      .strict(),
    output: documentSummarySchema,
  },
  'documents.rename': {
    input: z
      .object({
        id: documentId,
        title: z
          .string()
          .trim()
          .min(1, 'A title cannot be empty.')
          .max(500, 'A title can be at most 500 characters.'),
      })
      .strict(),
    output: documentSummarySchema,
  },
  'documents.markOpened': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  /** Moves a document to the Trash (nothing is removed until the Trash is emptied). */
  'documents.delete': {
    input: z.object({ id: documentId }).strict(),
    output: z.object({ id: z.string() }),
  },
  /** Stores a new version of the text and re-anchors the document's highlights onto it. */
  'documents.replaceText': {
    input: z.object({ id: documentId, text: importText }).strict(),
    output: z.object({ document: documentSummarySchema, report: replaceTextReportSchema }),
  },
  /**
   * Undoes the latest replaceText / updateFromFile of a document: the text it replaced is
   * current again and every highlight is exactly as it was. Once per update.
   */
  'documents.undoReplaceText': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  /**
   * A new version of a document from a file, read by the same pipeline as importFile (so every
   * format it reads), highlights following their words. With dryRun, answers what would happen
   * to each highlight and stores nothing.
   */
  'documents.updateFromFile': {
    input: z
      .object({
        id: documentId,
        name: z.string().trim().min(1).max(500),
        data: z
          .string()
          .max(
            Math.ceil(maxImportBytes / 3) * 4,
            'The file is larger than the 20 MB import limit.',
          ),
        dryRun: z.boolean().optional(),
      })
      .strict(),
    output: fileUpdateSchema,
  },
  /**
   * The document of the library a file to import may be a new version of: same file name, the
   * page's canonical URL, or the same title and author. match is null when there is none.
   */
  'documents.findUpdateTarget': {
    input: z
      .object({
        name: z.string().trim().min(1).max(500),
        data: z
          .string()
          .max(
            Math.ceil(maxImportBytes / 3) * 4,
            'The file is larger than the 20 MB import limit.',
          ),
      })
      .strict(),
    output: updateTargetSchema,
  },
  /** The Trash, most recently deleted first. */
  'trash.list': {
    input: z.object({}).strict(),
    output: z.array(trashedDocumentSchema),
  },
  'trash.restore': {
    input: z.object({ id: documentId }).strict(),
    output: documentSummarySchema,
  },
  /** Removes for good the given documents of the Trash, or all of it; answers how many went. */
  'trash.empty': {
    input: z.object({ ids: z.array(documentId).max(100_000).optional() }).strict(),
    output: z.object({ removed: z.number().int().nonnegative() }),
  },
  /**
   * Words and phrases ("quoted"), with prefix search (word*), across the text, highlights and
   * notes of the library (not the Trash); results grouped by document.
   */
  'search.query': {
    input: z
      .object({
        query: z.string().max(500, 'A search can be at most 500 characters.'),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: searchResultsSchema,
  },
  /**
   * Writes an export to disk: Markdown into the folder `path` (one .md per document, plus
   * index.md when the whole library is exported), JSON (W3C Web Annotation) or CSV into the file
   * `path`. No documentIds = the whole library. Only Gloss's own files are ever replaced.
   * `exportedAt` pins the front matter's `exported` field (for byte-identical re-exports).
   */
  'export.write': {
    input: z
      .object({
        format: z.enum(exportFormats),
        path: z.string().trim().min(1, 'Choose where to export to.').max(4096),
        documentIds: z.array(documentId).min(1).max(100_000).optional(),
        exportedAt: z.iso.datetime().optional(),
      })
      .strict(),
    output: exportReportSchema,
  },
  /** Imports a JSON library export (W3C Web Annotation, with Gloss's extensions), keeping ids. */
  'library.importJson': {
    input: z
      .object({
        data: z.string().max(maxLibraryJsonChars, 'The file is larger than the 30 MB limit.'),
      })
      .strict(),
    output: libraryImportReportSchema,
  },
  /** The user's remembered choices (the library's sort), defaults filled in. */
  'preferences.get': {
    input: z.object({}).strict(),
    output: preferencesSchema,
  },
  /** Stores the given choices, keeping the others; answers them all. */
  'preferences.update': {
    input: preferencesSchema.partial().strict(),
    output: preferencesSchema,
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
  /** Accepts an edited highlight's new words: its old quote (editedFrom) is dropped. */
  'highlights.keepEdit': {
    input: z.object({ id: recordId }).strict(),
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
  /**
   * The entities of a document's current text. The first call for a text not yet extracted
   * starts the extraction (in a worker thread for long texts) and answers state 'extracting'
   * with progress: ask again (every ~250 ms) until 'ready' or 'failed'. Short texts answer
   * 'ready' at once.
   */
  'entities.list': {
    input: z.object({ documentId }).strict(),
    output: documentEntitiesSchema,
  },
  /** Extracts the document again (corrections are re-applied); answers like entities.list. */
  'entities.refresh': {
    input: z.object({ documentId }).strict(),
    output: documentEntitiesSchema,
  },
  /** The entity card, library-wide. A merged entity's id answers with what it was merged into. */
  'entities.get': {
    input: z.object({ entityId }).strict(),
    output: entityCardSchema,
  },
  /*
   * Corrections. Each is stored and survives re-extraction and new versions of the text, in
   * every document. They answer the entity as it now is; a rename or retype onto the name and
   * type of another entity merges the two, and answers the one they became.
   */
  'entities.rename': {
    input: z.object({ entityId, canonical: entityName }).strict(),
    output: entitySchema,
  },
  'entities.retype': {
    input: z.object({ entityId, type: entityTypeSchema }).strict(),
    output: entitySchema,
  },
  /** entityId disappears into intoId: its mentions, names and note links move there. */
  'entities.merge': {
    input: z.object({ entityId, intoId: entityId }).strict(),
    output: entitySchema,
  },
  /** The mentions of entityId written `alias` (one of its aliases) become an entity of their own, answered. */
  'entities.split': {
    input: z.object({ entityId, alias: entityName }).strict(),
    output: entitySchema,
  },
  'entities.hide': {
    input: z.object({ entityId, hidden: z.boolean() }).strict(),
    output: entitySchema,
  },
  /**
   * Makes the selected text an entity of `type` (or joins the entity of that type and name) and
   * marks every occurrence of it as a mention: in this document now, in the others too.
   */
  'entities.addFromSelection': {
    input: z
      .object({ documentId, ...range, type: entityTypeSchema })
      .strict()
      .refine(startBeforeEnd, emptyRange),
    output: entitySchema,
  },
  /** The links of the notes of one document, for the Notes panel's chips and entity filter. */
  'noteLinks.list': {
    input: z.object({ documentId }).strict(),
    output: z.array(noteLinkSchema),
  },
  /** Links a note to an entity by hand (or takes back the removal of an automatic link). */
  'noteLinks.add': {
    input: noteLink,
    output: noteLinkSchema,
  },
  /** Removes a link of either kind; an automatic one stays removed (stored as a suppression). */
  'noteLinks.remove': {
    input: noteLink,
    output: noteLinkSchema,
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
