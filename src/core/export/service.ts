import type Database from 'better-sqlite3';
import type { HighlightColor } from '../../shared/annotations';
import type { ParsedInput } from '../../shared/contract';
import type { ExportReport, LibraryImportReport } from '../../shared/exchange';
import type { ExportedLibrary } from '../../shared/export/types';
import { libraryAnki } from '../../shared/export/anki';
import { libraryCsvChunks } from '../../shared/export/csv';
import { defaultCitationStyle } from '../../shared/citations/styles';
import { libraryWebAnnotationChunks } from '../../shared/export/webAnnotation';
import { GlossError } from '../../shared/result';
import type { Store } from '../db/store';
import { collectLibrary } from './collect';
import { onSnapshot } from './snapshot';
import { createExchangeContext } from './context';
import { checkTarget, commitStaged, discardStaged, stageChunks } from './files';
import { importLibraryJson } from './importLibrary';
import { checkReplaceable } from './ownFiles';
import { writeMarkdownFolder } from './markdownFolder';
import { referenceFolderOptions, type CitedDocument } from '../citations/exportFiles';
import { formattedReferences } from '../citations/ankiCitations';
import { createFormattedReferences, type FormattedReferences } from '../citations/formatted';
import { noProgress, yieldToRequests, type ExportRun } from './progress';

export interface ExportServiceOptions {
  now?: () => Date;
  /** Extracts a document's entities if that has not been done yet, so the export lists them. */
  extractEntities?: (documentId: string) => Promise<void>;
  /** Makes a document's reference if it has none yet, so the export cites it. */
  references?: (documentId: string) => unknown;
  /** References formatted in a style, kept between exports (the Anki deck's Citation column). */
  formatted?: FormattedReferences;
}

type Library = ExportedLibrary;

/** The library with only the highlights of these colours (an Anki deck of chosen ones). */
const withColors = (library: Library, colors: readonly HighlightColor[]): Library => ({
  ...library,
  documents: library.documents.map((document) => ({
    ...document,
    highlights: document.highlights.filter((highlight) => colors.includes(highlight.color)),
  })),
});

/**
 * The JSON, CSV or Anki export of `library`, one file, in pieces: JSON and CSV a document or
 * annotation at a time (a whole library is never one string), the Anki deck of chosen
 * highlights whole.
 */
const fileChunks = (
  format: 'json' | 'csv' | 'anki',
  library: Library,
  kept: FormattedReferences,
  {
    citationStyle = defaultCitationStyle,
    citations = true,
    highlightColors,
  }: ParsedInput<'export.write'>,
): Iterable<string> => {
  if (format === 'json') return libraryWebAnnotationChunks(library);
  if (format === 'csv') return libraryCsvChunks(library);
  const chosen = highlightColors ? withColors(library, highlightColors) : library;
  const formatted = citations
    ? formattedReferences(chosen, citationStyle, kept)
    : new Map<string, string>();
  return [libraryAnki(chosen, { formatted, citations })];
};

/** Documents whose missing references are made in one transaction. */
const referencesPerCommit = 200;

/** export.write and library.importJson. */
export const createExportService = (
  db: Database.Database,
  store: Store,
  { now = () => new Date(), extractEntities, references, formatted }: ExportServiceOptions = {},
) => {
  const context = createExchangeContext(db, store);
  const formattedKept = formatted ?? createFormattedReferences(db, store);

  /** A document of the library (not the Trash) with its reference, for the reference files. */
  const citedDocument = (id: string): CitedDocument | undefined => {
    const summary = store.documents.findSummary(id);
    const stored = context.references.find(id);
    if (!summary || !stored) return undefined;
    const { citekey, reference } = stored;
    return { id, addedAt: summary.addedAt, citation: { citekey, reference } };
  };

  /**
   * Entities are extracted outside the snapshot, so another window or process (the CLI) may move
   * a listed document to the Trash meanwhile: the snapshot then decides, leaving it out of a
   * whole-library export and refusing a named one with its reason.
   */
  const extractIfStillThere = async (
    extract: (documentId: string) => Promise<void>,
    id: string,
  ): Promise<void> => {
    try {
      await extract(id);
    } catch (error) {
      const gone = error instanceof GlossError && error.code === 'not_found';
      if (!gone || store.documents.findSummary(id)) throw error;
    }
  };

  return {
    /**
     * Checks everything it can before writing anything (the target, every document id), reads
     * the library on one snapshot, then writes.
     */
    write: async (
      input: ParsedInput<'export.write'>,
      run: ExportRun = noProgress,
    ): Promise<ExportReport> => {
      const { format, documentIds } = input;
      const target = input.path;
      await checkTarget(target, format === 'markdown' ? 'folder' : 'file');
      if (format !== 'markdown') await checkReplaceable(target, input.overwrite === true);
      const documents =
        documentIds?.map((id) => ({ id, title: context.queries.title(id) })) ??
        context.queries.libraryTitles();
      for (const [index, { id, title }] of documents.entries()) {
        run.check();
        run.report({
          stage: 'reading',
          done: index,
          total: documents.length,
          current: title ?? null,
        });
        // One at a time: long texts go to the worker thread, and requests go on meanwhile.
        if (extractEntities && title !== undefined) await extractIfStillThere(extractEntities, id);
        if (index % 50 === 0) await yieldToRequests();
      }
      run.check();
      if (references) {
        const ids = documentIds ?? documents.map(({ id }) => id);
        // A few hundred references a commit: one commit (and disk sync) per document took most
        // of a first export of 10,000 documents.
        for (let from = 0; from < ids.length; from += referencesPerCommit) {
          store.write(() => {
            for (const id of ids.slice(from, from + referencesPerCommit)) {
              if (store.versions.documentExists(id)) references(id);
            }
          });
          run.check();
          await yieldToRequests();
        }
      }
      const exportedAt = input.exportedAt ?? now().toISOString();
      const library = await onSnapshot(db, (snapshot) =>
        // Only the JSON format carries the text; the others never read it.
        collectLibrary(snapshot, documentIds, exportedAt, run, { text: format === 'json' }),
      );
      const documentCount = library.documents.length;
      if (format === 'markdown') {
        const wholeLibrary = documentIds === undefined;
        const result = await writeMarkdownFolder(
          target,
          library,
          wholeLibrary,
          referenceFolderOptions(library, wholeLibrary, input, citedDocument, formattedKept),
          run,
        );
        return { format, path: target, ...result, documentCount };
      }
      run.report({ stage: 'writing', done: 0, total: 1, current: null });
      const staged = await stageChunks(
        target,
        fileChunks(format, library, formattedKept, input),
        async () => {
          run.check();
          await yieldToRequests();
        },
      );
      try {
        run.check();
        // Checked again: the file may have appeared while the library was read.
        await checkReplaceable(target, input.overwrite === true);
      } catch (error) {
        await discardStaged([staged]);
        throw error;
      }
      await commitStaged(staged);
      return { format, path: target, written: [target], removed: [], documentCount };
    },

    /** Checks an export's target without writing anything (export.start answers at once). */
    checkTarget: async (input: ParsedInput<'export.write'>): Promise<void> => {
      await checkTarget(input.path, input.format === 'markdown' ? 'folder' : 'file');
      if (input.format !== 'markdown') await checkReplaceable(input.path, input.overwrite === true);
    },

    importJson: (data: string): LibraryImportReport =>
      importLibraryJson(context, data, now().toISOString()),
  };
};

export type ExportService = ReturnType<typeof createExportService>;
