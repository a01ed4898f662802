import type { DocumentSummary } from '../../../shared/model';
import { librarySortKeys, type LibrarySortKey } from '../../../shared/preferences';

export const sortKeys = librarySortKeys;
export type SortKey = LibrarySortKey;

export const sortLabels: Record<SortKey, string> = {
  title: 'Title',
  added: 'Date added',
  opened: 'Last opened',
};

const isSortKey = (value: unknown): value is SortKey =>
  typeof value === 'string' && (sortKeys as readonly string[]).includes(value);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const byTitle = (a: DocumentSummary, b: DocumentSummary): number =>
  collator.compare(a.title, b.title) || a.id.localeCompare(b.id);

// ISO timestamps compare as strings; newest first.
const newest = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

const comparators: Record<SortKey, (a: DocumentSummary, b: DocumentSummary) => number> = {
  title: byTitle,
  added: (a, b) => newest(a.addedAt, b.addedAt) || byTitle(a, b),
  // Never-opened documents come last, newest added first among them.
  opened: (a, b) => {
    if (a.openedAt === null || b.openedAt === null) {
      if (a.openedAt !== b.openedAt) return a.openedAt === null ? 1 : -1;
      return comparators.added(a, b);
    }
    return newest(a.openedAt, b.openedAt) || byTitle(a, b);
  },
};

export const sortDocuments = (
  documents: readonly DocumentSummary[],
  key: SortKey,
): DocumentSummary[] => [...documents].sort(comparators[key]);

/** Lower case without accents, so "cafe" finds "Café". */
const folded = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

// Folding is the costly part of filtering; a summary object's text never changes (an update
// replaces the object), so each is folded once, not at every keystroke.
const foldedText = new WeakMap<DocumentSummary, string>();

const haystackOf = (doc: DocumentSummary): string => {
  let haystack = foldedText.get(doc);
  if (haystack === undefined) {
    haystack = folded(`${doc.title}\n${doc.source}`);
    foldedText.set(doc, haystack);
  }
  return haystack;
};

/** Folds every document's text ahead of the first keystroke (10,000 take longer than a frame). */
export const prepareFilter = (documents: readonly DocumentSummary[]): void => {
  for (const doc of documents) haystackOf(doc);
};

/** The filter as the words a document must contain, folded as the documents' text is. */
export const filterWords = (filter: string): string[] =>
  folded(filter).split(/\s+/u).filter(Boolean);

/** Whether the document's title or source contains every word (from filterWords). */
export const matchesWords = (doc: DocumentSummary, words: readonly string[]): boolean => {
  const haystack = haystackOf(doc);
  return words.every((word) => haystack.includes(word));
};

/**
 * The documents whose title or source contains every word of the filter, in their order; the
 * same array when there is no filter, so the list under it sees nothing changed.
 */
export const filterDocuments = (
  documents: readonly DocumentSummary[],
  filter: string,
): readonly DocumentSummary[] => {
  const words = filterWords(filter);
  if (words.length === 0) return documents;
  return documents.filter((doc) => matchesWords(doc, words));
};

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** "3 highlights · 1 note · 12 entities"; entities left out until they have been extracted. */
export const countParts = (doc: DocumentSummary): string[] => [
  plural(doc.highlightCount, 'highlight', 'highlights'),
  plural(doc.noteCount, 'note', 'notes'),
  ...(doc.entityCount === null ? [] : [plural(doc.entityCount, 'entity', 'entities')]),
];

const sortStorageKey = 'gloss.library.sort';

/**
 * The sort chosen last time on this origin, shown until the core's stored preference arrives
 * (that one survives browser mode's new port on each launch); "Date added" otherwise.
 */
export const loadSortKey = (storage: Pick<Storage, 'getItem'> | undefined): SortKey => {
  try {
    const stored = storage?.getItem(sortStorageKey);
    return isSortKey(stored) ? stored : 'added';
  } catch {
    return 'added';
  }
};

export const saveSortKey = (storage: Pick<Storage, 'setItem'> | undefined, key: SortKey): void => {
  try {
    storage?.setItem(sortStorageKey, key);
  } catch {
    // A sort that is not remembered is no reason to interrupt the reader.
  }
};

/** A book's badge in the library: its format, and its pages (PDF) or chapters (EPUB). */
export const formatBadge = (
  doc: DocumentSummary,
): { format: string; extent: string | null } | null => {
  if (doc.format === 'pdf')
    return { format: 'PDF', extent: doc.pageCount ? plural(doc.pageCount, 'page', 'pages') : null };
  if (doc.format === 'epub')
    return {
      format: 'EPUB',
      extent: doc.chapterCount ? plural(doc.chapterCount, 'chapter', 'chapters') : null,
    };
  return null;
};
