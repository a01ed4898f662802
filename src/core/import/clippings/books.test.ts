import { describe, expect, it } from 'vitest';
import { assembleBooks } from './books';
import { parseKindleClippings } from './kindle';
import { kindleClippings, kindleEntry } from './testing';

const kindle = (text: string) =>
  assembleBooks(parseKindleClippings('My Clippings.txt', text), { extended: true });

const at = (location: string, date = 'Monday, March 13, 2023 9:00:00 PM') =>
  `Your Highlight on page 1 | Location ${location} | Added on ${date}`;
const noteAt = (location: string) =>
  `Your Note on page 1 | Location ${location} | Added on Monday, March 13, 2023 9:30:00 PM`;

describe('books from clippings', () => {
  it('groups by book, merges an extended highlight into the longest, attaches the note', () => {
    const { books, bookmarks, merged } = kindle(kindleClippings());
    expect(bookmarks).toBe(1);
    expect(merged).toBe(1);
    expect(books.map((book) => [book.title, book.author, book.highlights.length])).toEqual([
      ['The Art of Reading', 'Smith, Jane', 2],
      ['Notes from Underground', 'Dostoevsky, Fyodor', 1],
    ]);
    expect(books[0]?.highlights.map((h) => [h.quote, h.note, h.page, h.location])).toEqual([
      ['Reading is a conversation.', null, '3', { start: 40, end: 42 }],
      ['Slow down to see what the words do.', 'The core of the book.', '7', { start: 90, end: 95 }],
    ]);
  });

  it('keeps the longest clipping even when the shorter one came later', () => {
    const { books, merged } = kindle(
      kindleEntry('B (A)', at('10-14'), 'one two three four') +
        kindleEntry('B (A)', at('10-12'), 'one two'),
    );
    expect(merged).toBe(1);
    expect(books[0]?.highlights.map((h) => h.quote)).toEqual(['one two three four']);
  });

  it('keeps highlights apart when their locations do not overlap, even with the same words', () => {
    const { books } = kindle(
      kindleEntry('B (A)', at('10-12'), 'Again.') + kindleEntry('B (A)', at('50-52'), 'Again.'),
    );
    expect(books[0]?.highlights).toHaveLength(2);
  });

  it('puts highlights in reading order by location, whatever order they were made in', () => {
    const { books } = kindle(
      kindleEntry('B (A)', at('300-301'), 'Late.') +
        kindleEntry('B (A)', at('10-11'), 'Early.') +
        kindleEntry('B (A)', at('150-152'), 'Middle.'),
    );
    expect(books[0]?.highlights.map((h) => h.quote)).toEqual(['Early.', 'Middle.', 'Late.']);
  });

  it('attaches a note to the highlight it ends on, else to the one around it, else to the book', () => {
    const { books } = kindle(
      kindleEntry('B (A)', at('10-20'), 'Around.') +
        kindleEntry('B (A)', at('18-25'), 'Ends at 25.') +
        kindleEntry('B (A)', noteAt('25'), 'On the second.') +
        kindleEntry('B (A)', noteAt('12'), 'Inside the first.') +
        kindleEntry('B (A)', noteAt('400'), 'Nowhere near.'),
    );
    const [book] = books;
    expect(book?.highlights.map((h) => [h.quote, h.note])).toEqual([
      ['Around.', 'Inside the first.'],
      ['Ends at 25.', 'On the second.'],
    ]);
    expect(book?.notes).toEqual(['Nowhere near.']);
  });

  it('keeps the longer of a note Kindle wrote twice while it was edited', () => {
    const { books } = kindle(
      kindleEntry('B (A)', at('10-20'), 'Quote.') +
        kindleEntry('B (A)', noteAt('20'), 'First thought') +
        kindleEntry('B (A)', noteAt('20'), 'First thought, finished.'),
    );
    expect(books[0]?.highlights[0]?.note).toBe('First thought, finished.');
  });

  it('leaves out a book with only bookmarks', () => {
    const { books, bookmarks } = kindle(
      kindleEntry(
        'Only marks (A)',
        'Your Bookmark on page 2 | Location 20 | Added on Monday, March 13, 2023 9:00:00 PM',
      ),
    );
    expect(books).toEqual([]);
    expect(bookmarks).toBe(1);
  });
});
