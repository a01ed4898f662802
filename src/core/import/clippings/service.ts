import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Highlight, Note } from '../../../shared/annotations';
import {
  clippingsFormatNames,
  type ClippedBook,
  type ClippingsBookReport,
  type ClippingsReport,
  type ParsedClippings,
} from '../../../shared/clippings/model';
import { fileBaseName } from '../../../shared/importFiles';
import { canonicalText, blockStarts } from '../../../shared/text';
import { placementOf } from '../../annotations/ranges';
import type { Store } from '../../db/store';
import type { DocumentsService } from '../../documents/service';
import { sameWords } from './books';
import { citationOf } from './citation';
import { growBook } from './grow';
import { layOutBook, type ExistingBook } from './layout';
import { createClippedBooksRepository } from './repository';

export interface ClippingsServiceOptions {
  now?: () => Date;
  newId?: () => string;
  /** Parses in the calling thread instead of a worker (tests of the storing part). */
  parse?: (name: string, bytes: Uint8Array, signal?: AbortSignal) => Promise<ParsedClippings>;
}

const bookKey = (title: string, author: string | null): string =>
  `${sameWords(title)}\u0000${sameWords(author ?? '')}`;

/**
 * `clippings.import`: highlights made on a Kindle, in KOReader or Readwise become documents, one
 * per book, whose text is the highlights in reading order, each highlighted, its note attached.
 * A book already imported (same title and author, from any of these exports) gets only the
 * highlights and notes it lacks. The whole file is one transaction: it goes in whole or not.
 */
export const createClippingsService = (
  db: Database.Database,
  store: Store,
  documents: DocumentsService,
  {
    now = () => new Date(),
    newId = randomUUID,
    parse = async (name, bytes, signal) => {
      // Imported when needed only, as importFile.ts does: it keeps the worker module in a chunk
      // of its own, so a worker loads the parsers and not the whole core (see workerFile.ts).
      const { parseClippingsInWorker } = await import('./worker');
      return parseClippingsInWorker(name, bytes, signal ? { signal } : {});
    },
  }: ClippingsServiceOptions = {},
) => {
  const books = createClippedBooksRepository(db);

  const existingOf = (documentId: string): ExistingBook | null => {
    const document = store.documents.find(documentId);
    if (!document) return null;
    const highlights = store.highlights.listByDocument(documentId).map((h) => ({
      id: h.id,
      start: h.start,
      quote: h.quote.exact,
      orphaned: h.status === 'orphaned',
    }));
    return { blocks: document.blocks, pages: document.pages ?? [], highlights };
  };

  const addNote = (documentId: string, highlightId: string | null, body: string, at: string) => {
    const note: Note = {
      id: newId(),
      documentId,
      highlightId,
      body,
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
    store.notes.insert(note);
  };

  const storeBook = (book: ClippedBook, source: string, known: Map<string, string>) => {
    const stamp = now().toISOString();
    const documentId = known.get(bookKey(book.title, book.author)) ?? null;
    const existing = documentId ? existingOf(documentId) : null;
    const layout = layOutBook(book, existing);
    let id = documentId;
    if (id === null || existing === null) {
      id = documents.importParsed(
        {
          title: book.title,
          blocks: layout.blocks,
          byline: book.author,
          siteName: null,
          publishedAt: null,
          pages: layout.pages,
          citation: citationOf(book.author),
        },
        source,
      ).id;
      known.set(bookKey(book.title, book.author), id);
    } else if (layout.added.length > 0) {
      growBook(store, id, existing.blocks, layout, stamp);
    }
    const body = canonicalText(layout.blocks);
    const starts = blockStarts(layout.blocks);
    let notesAdded = 0;
    for (const { highlight, block } of layout.added) {
      const start = starts[block] ?? 0;
      const end = start + (layout.blocks[block]?.text.length ?? 0);
      const at = highlight.addedAt ?? stamp;
      const stored: Highlight = {
        id: newId(),
        documentId: id,
        ...placementOf(body, start, end),
        color: highlight.color,
        tags: highlight.tags,
        status: 'anchored',
        editedFrom: null,
        createdAt: at,
        updatedAt: at,
      };
      store.highlights.insert(stored);
      if (highlight.note) {
        addNote(id, stored.id, highlight.note, at);
        notesAdded += 1;
      }
    }
    let skipped = 0;
    for (const { highlight, id: highlightId } of layout.present) {
      skipped += 1;
      // A note written on the device since the last import joins a highlight that has none.
      if (highlight.note && !store.notes.findByHighlight(highlightId)) {
        addNote(id, highlightId, highlight.note, highlight.addedAt ?? stamp);
        notesAdded += 1;
      }
    }
    const documentNotes = store.notes
      .listByDocument(id)
      .filter((note) => note.highlightId === null)
      .map((note) => sameWords(note.body));
    for (const text of book.notes) {
      if (documentNotes.includes(sameWords(text))) skipped += 1;
      else {
        addNote(id, null, text, stamp);
        notesAdded += 1;
      }
    }
    return {
      documentId: id,
      title: book.title,
      author: book.author,
      created: existing === null,
      highlightsAdded: layout.added.length,
      notesAdded,
      skipped,
    } satisfies ClippingsBookReport;
  };

  /** Stores parsed clippings, all books in one transaction. */
  const storeClippings = (fileName: string, parsed: ParsedClippings): ClippingsReport =>
    store.write(() => {
      const source = clippingsFormatNames[parsed.format];
      const known = new Map(books.list().map((doc) => [bookKey(doc.title, doc.byline), doc.id]));
      const reports = parsed.books.map((book) => storeBook(book, source, known));
      const total = (key: 'highlightsAdded' | 'notesAdded' | 'skipped') =>
        reports.reduce((sum, report) => sum + report[key], 0);
      return {
        fileName,
        format: parsed.format,
        books: reports,
        highlightsAdded: total('highlightsAdded'),
        notesAdded: total('notesAdded'),
        skipped: total('skipped'),
        bookmarks: parsed.bookmarks,
        merged: parsed.merged,
      };
    });

  return {
    storeClippings,
    importFile: async (name: string, bytes: Uint8Array, signal?: AbortSignal) => {
      const fileName = fileBaseName(name.trim());
      return storeClippings(fileName, await parse(fileName, bytes, signal));
    },
  };
};

export type ClippingsService = ReturnType<typeof createClippingsService>;
