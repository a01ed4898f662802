import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportBytes, maxImportChars } from '../../shared/contract';
import { canonicalText } from '../../shared/text';
import { openTestLibrary, rejected, type TestLibrary } from '../library/testing';
import { createFileImportService } from './importFile';
import { importTestTimeout } from '../import/testing';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('file import service', { timeout: importTestTimeout }, () => {
  let library: TestLibrary;
  let files: ReturnType<typeof createFileImportService>;

  beforeEach(async () => {
    library = await openTestLibrary();
    files = createFileImportService(library.documents);
  });
  afterEach(() => library.close());

  const stored = (id: string) => library.documents.get(id);

  it('imports a text file with the file name as its source', async () => {
    const summary = await files.importFile(
      'essay.txt',
      utf8('On Reading\n\nSlowly, with a pencil.\n'),
    );
    const doc = stored(summary.id);
    expect(doc.title).toBe('On Reading');
    expect(doc.source).toBe('essay.txt');
    expect(canonicalText(doc.blocks)).toBe('Slowly, with a pencil.');
    expect(library.documents.list().map((d) => d.id)).toContain(summary.id);
  });

  it('imports Markdown with its structure and front matter author', async () => {
    const markdown = '---\nauthor: Ann Writer\n---\n# Notes\n\n> A quote.\n\n- an item\n';
    const doc = stored((await files.importFile('notes.MD', utf8(markdown))).id);
    expect(doc.title).toBe('Notes');
    expect(doc.byline).toBe('Ann Writer');
    expect(doc.blocks.map((block) => block.kind)).toEqual(['quote', 'listItem']);
  });

  it('imports HTML with its metadata and nothing executable', async () => {
    const html =
      '<html><head><title>Harbour Lights</title><meta name="author" content="Bo Reader">' +
      '<meta property="og:site_name" content="Coast News">' +
      '<meta property="article:published_time" content="2024-06-02">' +
      '<script>var leaked = 1;</script></head><body><article>' +
      '<p onclick="steal()">The harbour lights came on at dusk, one by one.</p>' +
      '<p><a href="javascript:steal()">Boats</a> returned before the storm.</p>' +
      '</article></body></html>';
    const doc = stored((await files.importFile('C:\\Users\\ann\\harbour.HTM', utf8(html))).id);
    expect(doc).toMatchObject({
      title: 'Harbour Lights',
      source: 'harbour.HTM',
      byline: 'Bo Reader',
      siteName: 'Coast News',
      publishedAt: '2024-06-02',
    });
    const text = canonicalText(doc.blocks);
    expect(text).toBe(
      'The harbour lights came on at dusk, one by one.\n\nBoats returned before the storm.',
    );
  });

  it('decodes a Windows-1252 file', async () => {
    const bytes = Uint8Array.from([
      ...utf8('Caf'),
      0xe9,
      ...utf8(' au lait, '),
      0x93,
      ...utf8('s'),
      0xe3,
      ...utf8('o'),
      0x94,
      ...utf8('.'),
    ]);
    const doc = stored((await files.importFile('cafe.txt', bytes)).id);
    expect(canonicalText(doc.blocks)).toBe('Café au lait, “são”.');
  });

  describe('refusals name the file and store nothing', () => {
    const refusals: [string, string, Uint8Array, string][] = [
      ['unknown type', 'photo.png', utf8('text'), 'unsupported_file'],
      ['no extension', 'README', utf8('text'), 'unsupported_file'],
      ['empty file', 'empty.txt', new Uint8Array(0), 'empty_document'],
      ['blank file', 'blank.md', utf8(' \n\t\n'), 'empty_document'],
      ['binary', 'data.txt', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0x41]), 'unsupported_file'],
      ['no article', 'nav.html', utf8('<nav><a href="/">Home</a></nav>'), 'empty_document'],
      ['front matter only', 'meta.md', utf8('---\ntitle: x\n---\n'), 'empty_document'],
      ['over the size limit', 'huge.txt', new Uint8Array(maxImportBytes + 1), 'too_large'],
      ['over the length limit', 'long.txt', utf8('a'.repeat(maxImportChars + 1)), 'too_large'],
    ];
    for (const [what, name, bytes, code] of refusals) {
      it(what, async () => {
        const before = library.dump();
        const error = await rejected(files.importFile(name, bytes));
        expect(error.code).toBe(code);
        expect(error.message).toContain(`“${name}”`);
        expect(library.dump()).toEqual(before);
      });
    }

    it('says which types are accepted', async () => {
      expect((await rejected(files.importFile('book.docx', utf8('PK')))).message).toBe(
        '“book.docx” is not a file Gloss can import. Choose a text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) or EPUB (.epub) file.',
      );
    });
  });
});
