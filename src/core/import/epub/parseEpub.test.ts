import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../shared/text';
import { parseEpub } from './parseEpub';
import { buildEpub, type FixtureChapter } from './testing';

const chapters: FixtureChapter[] = [
  {
    file: 'text/one.xhtml',
    title: 'The First Chapter',
    body: '<h1>The First Chapter</h1><p>It begins <em>here</em>, in order.</p><script>alert(1)</script><p onclick="x()">Second paragraph.</p>',
  },
  {
    file: 'text/two.xhtml',
    title: 'Interlude',
    body: '<div><p>No heading of its own in this one.</p><epub:switch><p>Namespaced content stays.</p></epub:switch><svg><text>drawing</text></svg></div>',
  },
  {
    file: 'text/three.xhtml',
    title: 'The Last Chapter',
    body: '<section><h2>The Last Chapter</h2><blockquote><p>A quoted line.</p></blockquote><ul><li>An item</li></ul></section>',
  },
];

const metadata = {
  title: 'A Book of Tests',
  creators: ['Ann Author', 'Ben Writer'],
  language: 'en-GB',
  date: '2021-05-04',
};

describe('parseEpub', () => {
  it.each([2, 3] as const)(
    'reads an EPUB %i book in spine order with its metadata and contents',
    (version) => {
      const doc = parseEpub('book.epub', buildEpub({ version, chapters, ...metadata }));
      expect(doc.title).toBe('A Book of Tests');
      expect(doc.byline).toBe('Ann Author, Ben Writer');
      expect(doc.language).toBe('en-GB');
      expect(doc.publishedAt).toBe('2021-05-04');
      expect(doc.format).toBe('epub');
      expect(doc.chapterCount).toBe(3);
      expect(doc.blocks).toEqual([
        { kind: 'heading', level: 2, text: 'The First Chapter' },
        { kind: 'paragraph', text: 'It begins here, in order.' },
        { kind: 'paragraph', text: 'Second paragraph.' },
        { kind: 'heading', level: 2, text: 'Interlude' },
        { kind: 'paragraph', text: 'No heading of its own in this one.' },
        { kind: 'paragraph', text: 'Namespaced content stays.' },
        { kind: 'heading', level: 2, text: 'The Last Chapter' },
        { kind: 'quote', text: 'A quoted line.' },
        { kind: 'listItem', text: 'An item' },
      ]);
      const text = canonicalText(doc.blocks);
      expect(text).not.toMatch(/alert|drawing/u);
      expect(doc.toc?.map(({ title, start }) => [title, text.slice(start, start + 10)])).toEqual([
        ['The First Chapter', 'The First '],
        ['Interlude', 'Interlude\n'],
        ['The Last Chapter', 'The Last C'],
      ]);
    },
  );

  it.each([2, 3] as const)(
    'places contents entries that point inside a file (EPUB %i, the whole book in one file)',
    (version) => {
      const body = [
        '<section id="one"><h2>Morning</h2><p>The tide came in.</p></section>',
        '<p>Still the morning.</p>',
        '<h2 id="two">Noon</h2><p>The boats went out.</p>',
        // An anchor inside a paragraph, as some converters place them.
        '<p><a id="three"></a>Evening fell on the harbour.</p>',
      ].join('');
      const doc = parseEpub(
        'day.epub',
        buildEpub({
          version,
          title: 'One Day',
          chapters: [{ file: 'day.xhtml', title: 'One Day', body }],
          toc: [
            { title: 'Morning', href: 'day.xhtml#one' },
            { title: 'Noon', href: 'day.xhtml#two' },
            { title: 'Evening', href: 'day.xhtml#three' },
            // An id the file does not have: the file's start, as before.
            { title: 'Lost', href: 'day.xhtml#nowhere' },
          ],
        }),
      );
      const text = canonicalText(doc.blocks);
      expect(doc.toc?.map(({ title, start }) => [title, text.slice(start, start + 12)])).toEqual([
        ['Morning', 'Morning\n\nThe'],
        ['Noon', 'Noon\n\nThe bo'],
        ['Evening', 'Evening fell'],
        ['Lost', 'Morning\n\nThe'],
      ]);
    },
  );

  it('finds a package document at an odd path, with an escaped href', () => {
    const odd = chapters.map((chapter, index) => ({
      ...chapter,
      file: index === 0 ? 'My%20Chapter.XHTML' : chapter.file,
    }));
    const bytes = buildEpub({ chapters: odd, title: 'Odd', opfPath: 'content/book/package.opf' });
    // The archive holds the file under its decoded name, as producers write it.
    const doc = parseEpub('odd.epub', bytes);
    expect(doc.chapterCount).toBe(3);
    expect(doc.blocks[0]?.text).toBe('The First Chapter');
    expect(canonicalText(doc.blocks)).toContain('A quoted line.');
  });

  it('refuses a book with DRM, but reads one whose fonts alone are obfuscated', () => {
    const encryption = (algorithm: string, uri: string) =>
      strToU8(`<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData></encryption>`);
    const drm = buildEpub({
      chapters,
      extra: {
        'META-INF/encryption.xml': encryption(
          'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
          'OEBPS/text/one.xhtml',
        ),
      },
    });
    expect(() => parseEpub('locked.epub', drm)).toThrow('“locked.epub”: it is protected by DRM');
    const fonts = buildEpub({
      chapters,
      extra: {
        'META-INF/encryption.xml': encryption(
          'http://www.idpf.org/2008/embedding',
          'OEBPS/font.otf',
        ),
      },
    });
    expect(parseEpub('fonts.epub', fonts).chapterCount).toBe(3);
  });

  it('refuses a zip bomb, a path leaving the archive and a file that is no zip, unpacking nothing', () => {
    const bomb = buildEpub({
      chapters,
      extra: { 'OEBPS/text/huge.xhtml': new Uint8Array(5 * 1024 * 1024) },
    });
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => parseEpub('bomb.epub', bomb)).toThrow(/“bomb\.epub”: .*zip bomb/u);
    const traversal = buildEpub({ chapters, extra: { '../../evil.xhtml': strToU8('<p>x</p>') } });
    expect(() => parseEpub('escape.epub', traversal)).toThrow(/path leads outside it/u);
    const many = zipSync(
      Object.fromEntries(
        Array.from({ length: 10_001 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]),
      ),
    );
    expect(() => parseEpub('many.epub', many)).toThrow(/too many files/u);
    expect(() => parseEpub('fake.epub', strToU8('not a zip at all'))).toThrow(
      /not a readable zip/u,
    );
    expect(() =>
      parseEpub('empty.epub', zipSync({ mimetype: strToU8('application/epub+zip') })),
    ).toThrow(/package document could not be read/u);
  }, 30_000);
});
