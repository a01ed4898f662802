import type { ClippedBook, ClippedHighlight } from '../../../shared/clippings/model';
import { withoutControls } from '../../../shared/controlCharacters';
import type { Span } from '../../../shared/span';
import type { RawClipping } from './raw';

/*
 * From entries in file order to books: highlights in reading order, duplicates merged, each
 * note on the highlight it belongs to. Kindle writes a new clipping when a highlight is
 * extended and keeps the old one, and a note as a clipping of its own at the location where
 * it was typed, which is the end of the highlight it was written on.
 */

export interface AssembledBooks {
  books: ClippedBook[];
  bookmarks: number;
  merged: number;
}

interface Draft extends ClippedHighlight {
  order: number;
  /** The quote's words as sameWords gives them, worked out once. */
  words: string;
}

interface BookDraft {
  title: string;
  author: string | null;
  highlights: Draft[];
  looseNotes: { text: string; location: Span | null }[];
  /** Where to look for an earlier clipping of the same highlight (see candidatesOf). */
  index: Map<string, number[]>;
}

/** Kindle locations are grouped in buckets this wide to find overlapping clippings fast. */
const bucketSize = 64;

/**
 * The keys under which a highlight is filed: its words and place; with `extended`, every
 * bucket of locations it covers, so a clipping overlapping it finds it without a scan.
 */
const keysOf = (draft: Draft, extended: boolean): string[] => {
  const { location } = draft;
  if (!extended || !location) {
    return [`${draft.words}\u0000${draft.page ?? ''}\u0000${location?.start ?? ''}`];
  }
  const keys: string[] = [];
  for (
    let bucket = Math.floor(location.start / bucketSize);
    bucket <= Math.floor(location.end / bucketSize);
    bucket += 1
  ) {
    keys.push(`@${bucket}`);
  }
  return keys;
};

/** Whitespace and case do not make two quotes different. */
export const sameWords = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

const bookKey = (title: string, author: string | null): string =>
  `${sameWords(title)}\u0000${sameWords(author ?? '')}`;

const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

const sameSpan = (a: Span | null, b: Span | null): boolean =>
  a === null || b === null ? a === b : a.start === b.start;

/**
 * Two clippings of one highlight: the same words at the same place, or (Kindle's, `extended`)
 * the later extends or trims the earlier one.
 */
const sameHighlight = (a: Draft, b: Draft, extended: boolean): boolean => {
  const left = a.words;
  const right = b.words;
  if (!extended || !a.location || !b.location) {
    return left === right && a.page === b.page && sameSpan(a.location, b.location);
  }
  if (!overlaps(a.location, b.location)) return false;
  return (
    left.includes(right) ||
    right.includes(left) ||
    a.location.start === b.location.start ||
    a.location.end === b.location.end
  );
};

/** Two notes where one only continues the other are one note: the longer is kept. */
const joinNotes = (kept: string | null, added: string): string => {
  if (kept === null || kept.trim() === '') return added;
  const [a, b] = [sameWords(kept), sameWords(added)];
  if (a.includes(b)) return kept;
  if (b.startsWith(a)) return added;
  return `${kept}\n\n${added}`;
};

/** The highlight a note typed at `location` belongs to: one ending there, else one around it. */
const ownerOf = (highlights: readonly Draft[], location: Span): Draft | undefined => {
  const at = location.start;
  const located = highlights.filter((h) => h.location !== null);
  return (
    located.findLast((h) => h.location?.end === at) ??
    located.findLast((h) => h.location !== null && h.location.start <= at && at <= h.location.end)
  );
};

const pageNumber = (page: string | null): number | null => {
  if (page === null || !/^\d+$/u.test(page)) return null;
  return Number(page);
};

/** Reading order: by location, else by page, else as the file lists them. */
const readingOrder = (a: Draft, b: Draft): number => {
  const keyA = a.location?.start ?? pageNumber(a.page);
  const keyB = b.location?.start ?? pageNumber(b.page);
  if (keyA !== null && keyB !== null && keyA !== keyB) return keyA - keyB;
  return a.order - b.order;
};

/**
 * `extended`: clippings over overlapping locations are one highlight made longer or shorter
 * (Kindle); otherwise only the same words at the same place are.
 */
export const assembleBooks = (
  clippings: readonly RawClipping[],
  { extended }: { extended: boolean },
): AssembledBooks => {
  const books = new Map<string, BookDraft>();
  let bookmarks = 0;
  let merged = 0;
  clippings.forEach((clipping, order) => {
    if (clipping.kind === 'bookmark') {
      bookmarks += 1;
      return;
    }
    // As the documents service will store them, so that a book is known again next time.
    const title = withoutControls(clipping.title) ?? 'Untitled book';
    const author = withoutControls(clipping.author);
    const key = bookKey(title, author);
    let book = books.get(key);
    if (!book) {
      book = {
        title,
        author,
        highlights: [],
        looseNotes: [],
        index: new Map(),
      };
      books.set(key, book);
    }
    const text = clipping.text.trim();
    if (text === '') return;
    if (clipping.kind === 'note') {
      book.looseNotes.push({ text, location: clipping.location });
      return;
    }
    const draft: Draft = {
      quote: text,
      note: clipping.note?.trim() || null,
      page: clipping.page,
      location: clipping.location,
      addedAt: clipping.addedAt,
      color: clipping.color ?? 'yellow',
      tags: clipping.tags ?? [],
      order,
      words: sameWords(text),
    };
    const keys = keysOf(draft, extended);
    const highlights = book.highlights;
    const candidates = [...new Set(keys.flatMap((key) => book?.index.get(key) ?? []))].sort(
      (a, b) => a - b,
    );
    const earlier =
      candidates.find((at) => {
        const kept = highlights[at];
        return kept !== undefined && sameHighlight(kept, draft, extended);
      }) ?? -1;
    const kept = highlights[earlier];
    if (!kept) {
      for (const key of keys)
        book.index.set(key, [...(book.index.get(key) ?? []), highlights.length]);
      highlights.push(draft);
      return;
    }
    merged += 1;
    const longer = draft.quote.length > kept.quote.length ? draft : kept;
    const note = draft.note === null ? kept.note : joinNotes(kept.note, draft.note);
    const tags = [...new Set([...kept.tags, ...draft.tags])];
    book.highlights[earlier] = { ...longer, note, tags, order: kept.order };
    // The longer one may reach buckets the kept one did not.
    for (const key of keysOf(longer, extended)) {
      const filed = book.index.get(key) ?? [];
      if (!filed.includes(earlier)) book.index.set(key, [...filed, earlier]);
    }
  });
  return { books: [...books.values()].flatMap(finish), bookmarks, merged };
};

const withoutOrder = (draft: Draft): ClippedHighlight => {
  const highlight: Partial<Draft> = { ...draft };
  delete highlight.order;
  delete highlight.words;
  return highlight as ClippedHighlight;
};

/**
 * Notes go onto their highlights; the others are the book's own notes. A book with neither
 * (bookmarks only) is left out; one with notes and no highlight is kept for its notes.
 */
const finish = (book: BookDraft): ClippedBook[] => {
  const notes: string[] = [];
  for (const { text, location } of book.looseNotes) {
    const owner = location ? ownerOf(book.highlights, location) : undefined;
    if (owner) owner.note = joinNotes(owner.note, text);
    else if (!notes.some((note) => sameWords(note) === sameWords(text))) notes.push(text);
  }
  if (book.highlights.length === 0 && notes.length === 0) return [];
  const highlights = [...book.highlights].sort(readingOrder).map(withoutOrder);
  return [{ title: book.title, author: book.author, highlights, notes }];
};
