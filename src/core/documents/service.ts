import { randomUUID } from 'node:crypto';
import type { ReplaceTextReport } from '../../shared/annotations';
import type { ParsedInput } from '../../shared/contract';
import type { DocumentFormat, DocumentSummary, GlossDocument } from '../../shared/model';
import { importFileKind } from '../../shared/importFiles';
import { canonicalText } from '../../shared/text';
import type { Store } from '../db/store';
import { noMetadata, type ImportedDocument } from '../import/imported';
import { parsePlainText } from '../import/plainText';
import { missingDocument } from '../errors';
import { withoutControls } from '../../shared/controlCharacters';
import { createTextUpdates } from './textUpdates';

export const pastedTextSource = 'Pasted text';

/** A text, Markdown or HTML file is stored by its extension; pasted text is text. */
const formatOfSource = (source: string): DocumentFormat => importFileKind(source) ?? 'text';

export interface ReplaceOutcome {
  document: DocumentSummary;
  report: ReplaceTextReport;
}

export interface DocumentsServiceOptions {
  now?: () => Date;
  newId?: () => string;
  /** Runs in the import's transaction: the citations service attaches the reference here. */
  onImported?: (id: string, metadata: ImportedDocument & { source: string }) => void;
}

/**
 * The documents part of the contract: library list, open, import, rename, mark opened, delete
 * (to the Trash), and new versions of a document's text. A document in the Trash is answered
 * as not_found, with a message saying so.
 */
export const createDocumentsService = (
  store: Store,
  { now = () => new Date(), newId = randomUUID, onImported }: DocumentsServiceOptions = {},
) => {
  const repository = store.documents;
  const updates = createTextUpdates(store, now);
  const notFound = (id: string) => missingDocument(store, id);
  const summaryOf = (id: string): DocumentSummary => {
    const summary = repository.findSummary(id);
    if (!summary) throw notFound(id);
    return summary;
  };

  /**
   * Stores an imported document as version 1: pasted text and every file type end here. Its
   * metadata loses any control character (see shared/controlCharacters.ts).
   */
  const importParsed = (parsed: ImportedDocument, source: string): DocumentSummary => {
    const body = canonicalText(parsed.blocks);
    const id = newId();
    store.write(() => {
      insertParsed(id, parsed, source, body);
      onImported?.(id, { ...parsed, source });
    });
    return summaryOf(id);
  };

  const insertParsed = (id: string, parsed: ImportedDocument, source: string, body: string) => {
    repository.insert({
      id,
      title: withoutControls(parsed.title) ?? withoutControls(source) ?? 'Untitled',
      source: withoutControls(source) ?? 'Untitled',
      byline: withoutControls(parsed.byline),
      siteName: withoutControls(parsed.siteName),
      publishedAt: withoutControls(parsed.publishedAt),
      addedAt: now().toISOString(),
      blocks: parsed.blocks,
      body,
      charCount: body.length,
      format: parsed.format ?? formatOfSource(source),
      language: parsed.language ?? null,
      pageCount: parsed.pageCount ?? null,
      chapterCount: parsed.chapterCount ?? null,
      pages: parsed.pages ?? [],
      toc: parsed.toc ?? [],
    });
  };

  return {
    list: (): DocumentSummary[] => repository.list(),
    lastOpenedId: (): string | null => repository.lastOpenedId(),

    get: (id: string): GlossDocument => {
      const document = repository.find(id);
      if (!document) throw notFound(id);
      return document;
    },

    importText: (input: ParsedInput<'documents.importText'>): DocumentSummary =>
      importParsed(
        { ...parsePlainText(input.text, { title: input.title }), ...noMetadata },
        input.source?.trim() || pastedTextSource,
      ),

    importParsed,

    /** `title` arrives trimmed and non-empty (the contract's schema). */
    rename: (id: string, title: string): DocumentSummary =>
      store.write(() => {
        if (!repository.rename(id, withoutControls(title) ?? title)) throw notFound(id);
        return summaryOf(id);
      }),

    markOpened: (id: string): DocumentSummary => {
      if (!repository.setOpenedAt(id, now().toISOString())) throw notFound(id);
      return summaryOf(id);
    },

    /** Moves the document to the Trash; trash.empty removes it for good. */
    delete: (id: string): { id: string } => {
      if (!store.trash.moveIn(id, now().toISOString())) throw notFound(id);
      return { id };
    },

    /**
     * Stores `text` as the document's next version (parsed like an import, keeping the title),
     * makes it current and carries every highlight onto it, all in one transaction.
     */
    replaceText: ({ id, text }: ParsedInput<'documents.replaceText'>): ReplaceOutcome => {
      const title = repository.findSummary(id)?.title;
      if (title === undefined) throw notFound(id);
      // Parsing and the diff are the slow part: done before taking the write lock.
      const { blocks } = parsePlainText(text, { title });
      const report = updates.apply(updates.plan(id, blocks));
      return { document: summaryOf(id), report };
    },

    /** Puts back the text and highlights the latest update replaced (see textUpdates.undo). */
    undoReplaceText: (id: string): DocumentSummary => {
      updates.undo(id);
      return summaryOf(id);
    },
  };
};

export type DocumentsService = ReturnType<typeof createDocumentsService>;
