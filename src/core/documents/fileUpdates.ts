import type { HighlightChange, FileUpdate, UpdateTarget } from '../../shared/textUpdates';
import type { DocumentSummary } from '../../shared/model';
import type { Store } from '../db/store';
import { fileBaseName } from '../../shared/importFiles';
import { parseAndRemember, parseFileBytes } from '../import/importFile';
import { missingDocument } from '../errors';
import type { Landing } from './followHighlights';
import { createTextUpdates, reportOf } from './textUpdates';

const changeOf = ({ verdict, before, after }: Landing): HighlightChange => {
  const placed = after.status !== 'orphaned';
  return {
    id: before.id,
    quote: before.editedFrom ?? before.quote.exact,
    before: before.status === 'orphaned' ? null : { start: before.start, end: before.end },
    after: placed ? { start: after.start, end: after.end } : null,
    newQuote: placed ? after.quote.exact : null,
    verdict,
  };
};

const sameText = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** What the file updates ask of other features; the core composes them in. */
export interface FileUpdateLookups {
  /** The document whose reference is the page at this URL (citations), if any. */
  documentAtUrl?: (url: string) => string | undefined;
}

/**
 * New versions of documents from files (documents.updateFromFile), and the question an import
 * asks first: is this file a new version of a document already in the library?
 */
export const createFileUpdates = (
  store: Store,
  now: () => Date,
  { documentAtUrl }: FileUpdateLookups = {},
) => {
  const updates = createTextUpdates(store, now);
  const summaryOf = (id: string): DocumentSummary => {
    const summary = store.documents.findSummary(id);
    if (!summary) throw missingDocument(store, id);
    return summary;
  };

  return {
    /**
     * documents.updateFromFile, and documents.reimportFile (the same file read again): checked
     * first, so a missing document is said before a long parse; `signal` stops the parse.
     */
    updateFromFile: async (
      id: string,
      name: string,
      bytes: Uint8Array,
      { dryRun = false, signal }: { dryRun?: boolean; signal?: AbortSignal } = {},
    ): Promise<FileUpdate> => {
      summaryOf(id);
      const parsed = await parseFileBytes(fileBaseName(name.trim()), bytes, signal);
      const plan = updates.plan(id, parsed.blocks, parsed.pages ?? []);
      const report = dryRun ? reportOf(plan.landings) : updates.apply(plan);
      return { document: summaryOf(id), report, changes: plan.landings.map(changeOf), dryRun };
    },

    findUpdateTarget: async (name: string, bytes: Uint8Array): Promise<UpdateTarget> => {
      const fileName = fileBaseName(name.trim());
      // The import or update that follows the answer takes this parse rather than redo it.
      const parsed = await parseAndRemember(fileName, bytes);
      const library = store.documents.list();
      const byName = library.find((document) => document.source === fileName);
      if (byName) return { match: byName, reason: 'file name' };
      // A saved web page: its canonical URL (or og:url) names the page whatever the file is called.
      const url = parsed.citation?.URL;
      const atUrl = url && documentAtUrl ? documentAtUrl(url) : undefined;
      const byUrl = atUrl === undefined ? undefined : store.documents.findSummary(atUrl);
      if (byUrl) return { match: byUrl, reason: 'canonical URL' };
      const byAuthor = library.find((summary) => {
        if (!sameText(summary.title, parsed.title)) return false;
        return sameText(store.documents.find(summary.id)?.byline ?? null, parsed.byline);
      });
      return byAuthor
        ? { match: byAuthor, reason: 'title and author' }
        : { match: null, reason: null };
    },
  };
};

export type FileUpdates = ReturnType<typeof createFileUpdates>;
