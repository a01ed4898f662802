import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citePages } from '../../shared/pages';
import { canonicalText } from '../../shared/text';
import { buildEpub } from './epub/testing';
import { buildEncryptedPdf, buildPdf, type FixtureLine } from './pdf/testing';
import { openTestLibrary, rejected, type TestLibrary } from '../library/testing';
import { createFileImportService } from './importFile';
import { createFileUpdates } from '../documents/fileUpdates';

const lines = (top: number, texts: string[]): FixtureLine[] =>
  texts.map((text, index) => ({ text, x: 72, top: top + index * 12 }));

const paperPdf = () =>
  buildPdf(
    [
      { lines: lines(100, ['The first page speaks of rivers', 'and of the sea beyond them,']) },
      { lines: lines(100, ['which the second page continues.', 'Then it ends.']) },
    ],
    { title: 'Rivers', author: 'Ann Author' },
  );

// Books are read in a worker thread, which from the sources starts through tsx: seconds.
describe('importing PDF and EPUB files', { timeout: 120_000 }, () => {
  let library: TestLibrary;
  let files: ReturnType<typeof createFileImportService>;

  beforeEach(async () => {
    library = await openTestLibrary();
    files = createFileImportService(library.documents);
  });
  afterEach(() => library.close());

  it('stores a PDF with its format, page count and page breaks', async () => {
    const summary = await files.importFile('rivers.pdf', await paperPdf());
    expect(summary).toMatchObject({ format: 'pdf', pageCount: 2, chapterCount: null });
    const doc = library.documents.get(summary.id);
    expect(doc).toMatchObject({ title: 'Rivers', byline: 'Ann Author', source: 'rivers.pdf' });
    const text = canonicalText(doc.blocks);
    expect(text).toBe(
      'The first page speaks of rivers and of the sea beyond them, which the second page continues. Then it ends.',
    );
    expect(doc.pages).toEqual([
      { start: 0, label: '1' },
      { start: text.indexOf('which'), label: '2' },
    ]);
  });

  it('keeps highlights on the same text and pages when the same PDF is imported again', async () => {
    const bytes = await paperPdf();
    const { id } = await files.importFile('rivers.pdf', bytes);
    const text = canonicalText(library.documents.get(id).blocks);
    const start = text.indexOf('the sea beyond');
    const end = text.indexOf('continues') + 'continues'.length;
    const highlight = library.annotations.create({ documentId: id, start, end, color: 'yellow' });
    // documents.reimportFile: the same file read again, through the update's one path.
    const updates = createFileUpdates(library.store, () => new Date('2025-03-02T10:00:00Z'));
    const { report } = await updates.updateFromFile(id, 'rivers.pdf', bytes);
    expect(report).toMatchObject({ anchored: 1, moved: 0, orphaned: 0, kept: 1 });
    const doc = library.documents.get(id);
    const [after] = library.annotations.list(id).highlights;
    expect(after).toMatchObject({ id: highlight.id, start, end, quote: highlight.quote });
    expect(citePages(doc.pages, after?.start ?? 0, after?.end ?? 0)).toBe('pp. 1–2');
  });

  it('stores an EPUB with its chapters, language and table of contents', async () => {
    const bytes = buildEpub({
      title: 'A Small Book',
      creators: ['Cy Writer'],
      language: 'fr',
      chapters: [
        { file: 'a.xhtml', title: 'Un', body: '<h1>Un</h1><p>Premier chapitre.</p>' },
        { file: 'b.xhtml', title: 'Deux', body: '<h1>Deux</h1><p>Second chapitre.</p>' },
      ],
    });
    const summary = await files.importFile('small.epub', bytes);
    expect(summary).toMatchObject({ format: 'epub', chapterCount: 2, pageCount: null });
    const doc = library.documents.get(summary.id);
    expect(doc).toMatchObject({
      title: 'A Small Book',
      byline: 'Cy Writer',
      language: 'fr',
      pages: [],
    });
    expect(doc.toc?.map((entry) => entry.title)).toEqual(['Un', 'Deux']);
  });

  it('refuses a password-protected PDF and a DRM book, storing nothing', async () => {
    const before = library.dump();
    const locked = await rejected(
      files.importFile('locked.pdf', buildEncryptedPdf('pw', 'Secret')),
    );
    expect(locked.message).toMatch(/^“locked\.pdf”: it is protected by a password/u);
    const notZip = await rejected(files.importFile('book.epub', new TextEncoder().encode('plain')));
    expect(notZip.code).toBe('unsupported_file');
    expect(library.dump()).toEqual(before);
  });
});
