import { buildEpub, longBook } from '../../src/core/import/epub/testing';
import { buildPaper } from '../../src/core/import/pdf/testing';
import { since, type Scenario } from '../scenario';
import { settle, withCore, withDataDir } from '../support/env';

const runs = 3;

/** About 1.5 MB zipped: 60 chapters of generated prose, as a long novel. */
const bookChapters = () => longBook(60, 72_000);

/**
 * PDF and EPUB import through the contract's documents.importFile on the real core, parsing in
 * its worker thread as the app does: a 100-page two-column paper built with pdf-lib, and a
 * 1.5 MB EPUB. Each run imports the file anew into the same library.
 */
export const books: Scenario = {
  name: 'books',
  description: 'documents.importFile of a 100-page two-column PDF and of a 1.5 MB EPUB',
  measure: () =>
    withDataDir(async (dataDir) => {
      const pdf = Buffer.from(await buildPaper(100)).toString('base64');
      const epubBytes = buildEpub({ title: 'A Long Book', chapters: bookChapters() });
      const epub = Buffer.from(epubBytes).toString('base64');
      const samples = {
        'import-pdf-100-pages': [] as number[],
        'import-epub-1.5mb': [] as number[],
      };
      await withCore(dataDir, async (core) => {
        for (let run = 0; run < runs; run += 1) {
          let start = performance.now();
          await settle(core.handlers['documents.importFile']({ name: 'paper.pdf', data: pdf }));
          samples['import-pdf-100-pages'].push(since(start));
          start = performance.now();
          await settle(core.handlers['documents.importFile']({ name: 'book.epub', data: epub }));
          samples['import-epub-1.5mb'].push(since(start));
        }
      });
      return samples;
    }),
};
