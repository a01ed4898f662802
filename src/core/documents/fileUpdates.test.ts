import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxImportBytes } from '../../shared/contract';
import { createFileImportService } from '../import/importFile';
import { highlightWords, openTestLibrary, rejected, type TestLibrary } from '../library/testing';
import { createCitationsService } from '../citations/service';
import { createFileUpdates } from './fileUpdates';
import { createDocumentsService } from './service';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const first =
  '---\nauthor: Ann Writer\n---\n# Field Notes\n\nThe heron stood in the shallow water.\n\nIt waited for a fish to pass by.\n';
const second =
  '---\nauthor: Ann Writer\n---\n# Field Notes\n\nAt dawn, the heron stood in the shallow water.\n\nIt waited a long time for a fish to pass.\n';

describe('updating a document from a file', () => {
  let library: TestLibrary;
  let updates: ReturnType<typeof createFileUpdates>;
  let documentId: string;

  beforeEach(async () => {
    library = await openTestLibrary();
    updates = createFileUpdates(library.store, () => new Date('2025-03-02T10:00:00Z'));
    const files = createFileImportService(library.documents);
    documentId = (await files.importFile('heron.md', utf8(first))).id;
  });
  afterEach(() => library.close());

  const highlight = (words: string) =>
    highlightWords(
      library,
      documentId,
      library.store.versions.findCurrent(documentId)?.body ?? '',
      words,
    );

  it('says what would happen with dryRun and stores nothing, then updates', async () => {
    const heron = highlight('heron stood in the shallow water');
    const fish = highlight('waited for a fish to pass by');
    const before = library.dump();
    const dry = await updates.updateFromFile(documentId, 'heron.md', utf8(second), {
      dryRun: true,
    });
    expect(library.dump()).toEqual(before);
    expect(dry).toMatchObject({ dryRun: true, report: { kept: 1, edited: 1, orphaned: 0 } });
    expect(dry.changes).toEqual([
      expect.objectContaining({ id: heron.id, verdict: 'kept', quote: heron.quote.exact }),
      expect.objectContaining({
        id: fish.id,
        verdict: 'edited',
        quote: 'waited for a fish to pass by',
        newQuote: 'waited a long time for a fish to pass',
      }),
    ]);

    const done = await updates.updateFromFile(documentId, 'heron.md', utf8(second));
    expect(done).toMatchObject({ dryRun: false, report: dry.report, changes: dry.changes });
    expect(library.annotations.list(documentId).highlights.map((h) => h.quote.exact)).toEqual([
      'heron stood in the shallow water',
      'waited a long time for a fish to pass',
    ]);
  });

  it('refuses an empty, binary or oversized file with a clear message and changes nothing', async () => {
    highlight('heron stood');
    const before = library.dump();
    const empty = await rejected(updates.updateFromFile(documentId, 'heron.md', utf8(' \n')));
    expect(empty).toMatchObject({ code: 'empty_document' });
    expect(empty.message).toMatch(/heron\.md/u);
    const binary = new Uint8Array(400).map((_, index) => (index * 7) % 32);
    const refusedBinary = await rejected(updates.updateFromFile(documentId, 'heron.txt', binary));
    expect(refusedBinary.message).toMatch(/binary|text/iu);
    const huge = new Uint8Array(maxImportBytes + 1).fill(97);
    const tooLarge = await rejected(updates.updateFromFile(documentId, 'heron.txt', huge));
    expect(tooLarge).toMatchObject({ code: 'too_large' });
    expect(library.dump()).toEqual(before);
  });

  it('finds the document a file may be a new version of: by file name, then title and author', async () => {
    expect(await updates.findUpdateTarget('heron.md', utf8(second))).toMatchObject({
      match: { id: documentId },
      reason: 'file name',
    });
    expect(await updates.findUpdateTarget('heron-v2.md', utf8(second))).toMatchObject({
      match: { id: documentId },
      reason: 'title and author',
    });
    const otherAuthor = second.replace('Ann Writer', 'Bo Reader');
    expect(await updates.findUpdateTarget('heron-v2.md', utf8(otherAuthor))).toEqual({
      match: null,
      reason: null,
    });
  });

  it('finds a saved web page by its canonical URL, whatever the file is called', async () => {
    const citations = createCitationsService(library.db, library.store);
    const documents = createDocumentsService(library.store, { onImported: citations.attach });
    const withUrl = createFileUpdates(library.store, () => new Date(), {
      documentAtUrl: citations.documentAtUrl,
    });
    const page = (url: string, words: string) =>
      utf8(
        `<html><head><title>Harbour report</title><link rel="canonical" href="${url}"></head>` +
          `<body><article><h1>Harbour report</h1><p>${words}</p></article></body></html>`,
      );
    const saved = await createFileImportService(documents).importFile(
      'Harbour report - Example News.html',
      page('https://www.example.com/news/harbour/', 'The boats came in at dawn with the tide.'),
    );
    const again = page(
      'http://example.com/news/harbour',
      'The boats came in late, after the tide.',
    );
    expect(await withUrl.findUpdateTarget('harbour (1).html', again)).toMatchObject({
      match: { id: saved.id },
      reason: 'canonical URL',
    });
    // Another page of the same site is another document.
    const other = page('https://www.example.com/news/market', 'Prices rose at the market.');
    expect(await withUrl.findUpdateTarget('market.html', other)).toEqual({
      match: null,
      reason: null,
    });
    // In the Trash, a page is no longer one to update.
    documents.delete(saved.id);
    expect(await withUrl.findUpdateTarget('harbour (1).html', again)).toMatchObject({
      match: null,
    });
  });
});
