import { describe, expect, it } from 'vitest';
import { thrown } from '../../library/testing';
import { parseKindleClippings, splitTitleAndAuthor } from './kindle';
import { parseKindleMetadata } from './kindleMetadata';
import { kindleEntry, kindleHeaders } from './testing';

const local = (...parts: [number, number, number, number, number, number]): string =>
  new Date(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]).toISOString();

describe('Kindle metadata lines', () => {
  for (const [language, [highlight, note, bookmark]] of Object.entries(kindleHeaders)) {
    it(`reads ${language}: kind, page, location and date of each kind`, () => {
      const withSeconds = !language.includes('older');
      expect(parseKindleMetadata(`- ${highlight}`)).toEqual({
        kind: 'highlight',
        page: '12',
        location: { start: 140, end: 142 },
        addedAt: local(2023, 3, 13, 22, 12, withSeconds ? 33 : 0),
      });
      expect(parseKindleMetadata(`- ${note}`)).toMatchObject({
        kind: 'note',
        page: '12',
        location: { start: 142, end: 142 },
        addedAt: local(2023, 3, 13, 22, 13, 0),
      });
      expect(parseKindleMetadata(`- ${bookmark}`)).toMatchObject({
        kind: 'bookmark',
        page: '15',
        location: { start: 180, end: 180 },
        addedAt: local(2023, 3, 14, 8, 1, withSeconds ? 2 : 0),
      });
    });
  }

  it('reads a highlight with a location and no page', () => {
    expect(
      parseKindleMetadata(
        '- Your Highlight at location 1021-1023 | Added on Friday, 7 April 2023 07:05:10',
      ),
    ).toEqual({
      kind: 'highlight',
      page: null,
      location: { start: 1021, end: 1023 },
      addedAt: local(2023, 4, 7, 7, 5, 10),
    });
  });

  it('keeps a roman page label and refuses a line that is not metadata', () => {
    expect(
      parseKindleMetadata(
        '- Your Highlight on page xiv | Location 80-81 | Added on Monday, March 13, 2023 10:12:33 PM',
      )?.page,
    ).toBe('xiv');
    expect(parseKindleMetadata('Just a line of text')).toBeNull();
  });
});

describe('Kindle titles', () => {
  it('takes the last parenthesised group as the author', () => {
    expect(splitTitleAndAuthor('Dune (Dune Chronicles, Book 1) (Herbert, Frank)')).toEqual({
      title: 'Dune (Dune Chronicles, Book 1)',
      author: 'Herbert, Frank',
    });
    expect(splitTitleAndAuthor('\uFEFFA Title Alone ')).toEqual({
      title: 'A Title Alone',
      author: null,
    });
  });
});

describe('My Clippings.txt', () => {
  it('reads every entry, whatever the line endings and byte-order marks', () => {
    const text =
      kindleEntry('Book (Author)', kindleHeaders.English[0], 'First line.') +
      kindleEntry('Book (Author)', kindleHeaders.English[2]).replaceAll('\r\n', '\n') +
      kindleEntry('Book (Author)', kindleHeaders.English[1], 'A note.').replaceAll('\r\n', '\r');
    const clippings = parseKindleClippings('My Clippings.txt', text);
    expect(clippings.map((c) => [c.kind, c.text, c.title, c.author])).toEqual([
      ['highlight', 'First line.', 'Book', 'Author'],
      ['bookmark', '', 'Book', 'Author'],
      ['note', 'A note.', 'Book', 'Author'],
    ]);
  });

  it('keeps a last entry whose closing separator is missing but whose text is there', () => {
    const text = kindleEntry('Book (Author)', kindleHeaders.English[0], 'Whole.').replace(
      /==========\r\n$/u,
      '',
    );
    expect(parseKindleClippings('My Clippings.txt', text)).toHaveLength(1);
  });

  it('refuses a file whose last clipping is cut short, saying it looks truncated', () => {
    const text =
      kindleEntry('Book (Author)', kindleHeaders.English[0], 'Whole.') +
      '\uFEFFBook (Author)\r\n- Your Highl';
    const error = thrown(() => parseKindleClippings('My Clippings.txt', text));
    expect(error.message).toBe(
      '“My Clippings.txt” could not be imported: its last clipping (number 2) is cut short: the file looks truncated. Copy it from the Kindle again. Nothing was imported.',
    );
  });

  it('refuses an entry in the middle that is not a clipping', () => {
    const text =
      'Some title\r\nno metadata here\r\n==========\r\n' +
      kindleEntry('B (A)', kindleHeaders.English[0], 'x');
    expect(thrown(() => parseKindleClippings('c.txt', text)).message).toContain(
      'clipping number 1 is not one Kindle writes',
    );
  });
});
