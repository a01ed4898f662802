import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citePages } from '../../../shared/pages';
import { createClippingsService, type ClippingsService } from './service';
import { parseClippingsFile } from './parse';
import { openTestLibrary, rejected, type TestLibrary } from '../../library/testing';
import {
  kindleClippings,
  kindleEntry,
  kindleFileBytes,
  koreaderJson,
  readwiseCsv,
  utf8,
} from './testing';

let library: TestLibrary;
let clippings: ClippingsService;

beforeEach(async () => {
  library = await openTestLibrary();
  let ids = 0;
  clippings = createClippingsService(library.db, library.store, library.documents, {
    now: () => new Date('2025-03-01T10:00:00.000Z'),
    newId: () => `c-${(ids += 1)}`,
    // In this thread: the worker path is covered by worker.test.ts.
    parse: async (name, bytes) => parseClippingsFile(name, bytes),
  });
});

afterEach(() => library.close());

const bookNamed = (title: string) => {
  const summary = library.documents.list().find((doc) => doc.title === title);
  if (!summary) throw new Error(`no book ${title}`);
  const document = library.documents.get(summary.id);
  const { highlights, notes } = library.annotations.list(summary.id);
  return { summary, document, highlights, notes };
};

describe('importing clippings', () => {
  it('makes a document per book, each highlight over its whole quote with its note, date and page', async () => {
    const report = await clippings.importFile('My Clippings.txt', kindleFileBytes());
    expect(report).toMatchObject({
      fileName: 'My Clippings.txt',
      format: 'kindle',
      highlightsAdded: 3,
      notesAdded: 1,
      skipped: 0,
      bookmarks: 1,
      merged: 1,
    });
    expect(report.books.map((b) => [b.title, b.created, b.highlightsAdded])).toEqual([
      ['The Art of Reading', true, 2],
      ['Notes from Underground', true, 1],
    ]);
    const { summary, document, highlights, notes } = bookNamed('The Art of Reading');
    expect(summary.source).toBe('Kindle clippings');
    expect(document.byline).toBe('Smith, Jane');
    expect(document.blocks.map((b) => b.text)).toEqual([
      'Reading is a conversation.',
      'Slow down to see what the words do.',
    ]);
    expect(highlights.map((h) => [h.quote.exact, h.color, h.status, h.createdAt])).toEqual([
      [
        'Reading is a conversation.',
        'yellow',
        'anchored',
        new Date(2023, 2, 13, 21, 0, 0).toISOString(),
      ],
      [
        'Slow down to see what the words do.',
        'yellow',
        'anchored',
        new Date(2023, 2, 13, 21, 6, 0).toISOString(),
      ],
    ]);
    expect(highlights.map((h) => citePages(document.pages, h.start, h.end))).toEqual([
      'p. 3',
      'p. 7',
    ]);
    expect(notes).toEqual([
      expect.objectContaining({ highlightId: highlights[1]?.id, body: 'The core of the book.' }),
    ]);
  });

  it('keeps a book of notes only: its title as the text, its notes as document notes', async () => {
    const notesOnly = kindleFileBytes(
      kindleEntry(
        'Margins (Lee, Ann)',
        'Your Note on page 9 | Location 120 | Added on Monday, March 13, 2023 9:00:00 PM',
        'Ask the author about chapter two.',
      ) +
        kindleEntry(
          'Margins (Lee, Ann)',
          'Your Bookmark on page 15 | Location 180 | Added on Tuesday, March 14, 2023 8:01:02 AM',
        ),
    );
    const report = await clippings.importFile('My Clippings.txt', notesOnly);
    expect(report).toMatchObject({ highlightsAdded: 0, notesAdded: 1, bookmarks: 1 });
    const { document, highlights, notes } = bookNamed('Margins');
    expect(document.blocks.map((block) => block.text)).toEqual(['Margins']);
    expect(highlights).toEqual([]);
    expect(notes.map((note) => [note.highlightId, note.body])).toEqual([
      [null, 'Ask the author about chapter two.'],
    ]);
    const before = library.dump();
    expect(await clippings.importFile('My Clippings.txt', notesOnly)).toMatchObject({
      notesAdded: 0,
      skipped: 1,
    });
    expect(library.dump()).toEqual(before);
  });

  it('adds nothing when the same file comes again', async () => {
    await clippings.importFile('My Clippings.txt', kindleFileBytes());
    const before = library.dump();
    const again = await clippings.importFile('My Clippings.txt', kindleFileBytes());
    expect(again).toMatchObject({ highlightsAdded: 0, notesAdded: 0, skipped: 3 });
    expect(again.books.every((book) => !book.created)).toBe(true);
    expect(library.dump()).toEqual(before);
  });

  it('adds only the new highlights to the book, in reading order, the old ones kept in place', async () => {
    await clippings.importFile('My Clippings.txt', kindleFileBytes());
    const grown =
      kindleClippings() +
      kindleEntry(
        'The Art of Reading (Smith, Jane)',
        'Your Highlight on page 5 | Location 60-62 | Added on Friday, March 17, 2023 9:00:00 PM',
        'Between the two.',
      ) +
      kindleEntry(
        'The Art of Reading (Smith, Jane)',
        'Your Note on page 5 | Location 62 | Added on Friday, March 17, 2023 9:01:00 PM',
        'Added later.',
      );
    const report = await clippings.importFile('My Clippings.txt', kindleFileBytes(grown));
    expect(report).toMatchObject({ highlightsAdded: 1, notesAdded: 1 });
    expect(library.documents.list().filter((d) => d.title === 'The Art of Reading')).toHaveLength(
      1,
    );
    const { document, highlights, notes } = bookNamed('The Art of Reading');
    expect(highlights.map((h) => h.quote.exact)).toEqual([
      'Reading is a conversation.',
      'Between the two.',
      'Slow down to see what the words do.',
    ]);
    for (const h of highlights) expect(document.blocks.map((b) => b.text)).toContain(h.quote.exact);
    expect(highlights.every((h) => h.status !== 'orphaned')).toBe(true);
    expect(notes.map((n) => n.body).sort()).toEqual(['Added later.', 'The core of the book.']);
  });

  it('keeps a highlight made in Gloss on its words when new clippings push its paragraph down', async () => {
    await clippings.importFile('My Clippings.txt', kindleFileBytes());
    const { summary, document } = bookNamed('The Art of Reading');
    const body = document.blocks.map((b) => b.text).join('\n\n');
    const start = body.indexOf('what the words');
    const mine = library.annotations.create({
      documentId: summary.id,
      start,
      end: start + 'what the words'.length,
      color: 'purple',
    });
    const earlier = kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Highlight on page 1 | Location 2-3 | Added on Friday, March 17, 2023 9:00:00 PM',
      'The very first words.',
    );
    await clippings.importFile('My Clippings.txt', kindleFileBytes(kindleClippings() + earlier));
    const after = bookNamed('The Art of Reading');
    const moved = after.highlights.find((h) => h.id === mine.id);
    const text = after.document.blocks.map((b) => b.text).join('\n\n');
    expect(after.document.blocks[0]?.text).toBe('The very first words.');
    expect(moved?.status).toBe('anchored');
    expect(text.slice(moved?.start, moved?.end)).toBe('what the words');
    expect(after.highlights.map((h) => citePages(after.document.pages, h.start, h.end))).toEqual([
      'p. 1',
      'p. 3',
      'p. 7',
      'p. 7',
    ]);
  });

  it('recognises a book from another export by its title and author', async () => {
    await clippings.importFile('walden.json', utf8(koreaderJson()));
    const markdown =
      '# Walden\n##### Henry David Thoreau\n### Page 200 @ 01 January 2024 09:00:00 AM\nNew one.\n';
    const report = await clippings.importFile('walden.md', utf8(markdown));
    expect(report.books).toEqual([expect.objectContaining({ created: false, highlightsAdded: 1 })]);
    expect(bookNamed('Walden').highlights.map((h) => h.quote.exact)).toHaveLength(3);
  });

  it('keeps Readwise colours and tags', async () => {
    await clippings.importFile('readwise.csv', utf8(readwiseCsv()));
    const { highlights } = bookNamed('Deep Work');
    expect(highlights.map((h) => [h.color, h.tags])).toEqual([
      ['pink', []],
      ['blue', ['focus', 'deep-work', 'productivity']],
    ]);
  });

  it('refuses a file that is not an export, or is cut short, and stores nothing', async () => {
    const before = library.dump();
    const notOne = await rejected(clippings.importFile('notes.txt', utf8('Just some notes.\n')));
    expect(notOne.code).toBe('unsupported_file');
    expect(notOne.message).toContain('“notes.txt” is not a highlights export Gloss reads');
    const cut = await rejected(
      clippings.importFile(
        'My Clippings.txt',
        kindleFileBytes(kindleClippings() + '\uFEFFA book (B)\r\n- Your High'),
      ),
    );
    expect(cut.message).toContain('the file looks truncated');
    expect(library.dump()).toEqual(before);
  });

  it('rolls back every book when one fails to store', async () => {
    const before = library.dump();
    const failing = createClippingsService(library.db, library.store, library.documents, {
      parse: async (name, bytes) => {
        const parsed = parseClippingsFile(name, bytes);
        const [whole, second] = parsed.books;
        const highlight = second?.highlights[0];
        if (!whole || !second || !highlight) throw new Error('the fixture has two books');
        // A highlight the database refuses (a colour it does not know) after a whole book.
        const broken = { ...second, highlights: [{ ...highlight, color: 'teal' as 'yellow' }] };
        return { ...parsed, books: [whole, broken] };
      },
    });
    await expect(failing.importFile('My Clippings.txt', kindleFileBytes())).rejects.toThrow();
    expect(library.dump()).toEqual(before);
  });
});
