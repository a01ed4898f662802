import { readFileSync } from 'node:fs';
import { buildEpub } from '../src/core/import/epub/testing';
import { buildPdf, type FixtureLine } from '../src/core/import/pdf/testing';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { HighlightToolbar } from './pages/HighlightToolbar';
import { ImportPage } from './pages/ImportPage';
import { NotesPanel } from './pages/NotesPanel';

// A book is read in a worker thread: slower than a text file, most of all on a busy machine.
test.describe.configure({ timeout: 120_000 });

const lines = (top: number, texts: string[]): FixtureLine[] =>
  texts.map((text, index) => ({ text, x: 72, top: top + index * 13, size: 11 }));

/** A two-page paper: its second page is where the highlighted sentence sits. */
const paper = () =>
  buildPdf(
    [
      {
        lines: [
          { text: 'Tides and Their Readers', x: 72, top: 80, size: 20, bold: true },
          ...lines(120, ['The first page describes how the tide', 'comes in twice a day.']),
        ],
      },
      { lines: lines(120, ['On the second page the harbour master', 'writes the times down.']) },
    ],
    { title: 'Tides and Their Readers', author: 'Ann Author' },
  );

const book = () =>
  buildEpub({
    title: 'Letters from the Coast',
    creators: ['Bo Writer'],
    chapters: [
      {
        file: 'one.xhtml',
        title: 'Arrival',
        body: '<h1>Arrival</h1><p>The boat came in at noon.</p>',
      },
      {
        file: 'two.xhtml',
        title: 'Departure',
        body: '<h1>Departure</h1><p>We left with the evening tide.</p>',
      },
    ],
  });

test('a PDF imported from the Import menu knows the page of each highlight, in the panel and exports', async ({
  gloss,
}, testInfo) => {
  const importer = new ImportPage(gloss.page);
  await importer.chooseFiles([{ name: 'tides.pdf', content: await paper() }]);
  // Books are read in a worker thread; on a busy machine that takes a few seconds.
  await expect(importer.progress).toBeHidden({ timeout: 60_000 });
  await expect(gloss.reader.title).toHaveText('Tides and Their Readers');
  const item = gloss.library.list
    .getByRole('listitem')
    .filter({ hasText: 'Tides and Their Readers' });
  await expect(item.getByTestId('library-format')).toHaveText('PDF2 pages');

  const phrase = 'the harbour master writes the times down.';
  await gloss.reader.dragSelect(phrase);
  await new HighlightToolbar(gloss.page).color('yellow').click();
  await expect(gloss.reader.marks).toHaveText(phrase);
  const notes = new NotesPanel(gloss.page);
  await notes.show();
  await expect(notes.items.first().getByTestId('highlight-pages')).toHaveText('p. 2');

  const dialog = new ExportDialog(gloss.page);
  const csv = testInfo.outputPath('highlights.csv');
  await dialog.open();
  await dialog.exportTo(csv, 'CSV', 'This document');
  await expect(dialog.status).toHaveText(/^Exported 1 document/u);
  const rows = readFileSync(csv, 'utf8').split('\r\n');
  expect(rows[0]?.endsWith(',page')).toBe(true);
  expect(rows[1]).toContain(phrase);
  expect(rows[1]?.endsWith(',p. 2')).toBe(true);
});

test('an EPUB imports with its chapters and contents, and its text takes highlights', async ({
  gloss,
}) => {
  const importer = new ImportPage(gloss.page);
  await importer.chooseFiles([{ name: 'letters.epub', content: book() }]);
  await expect(importer.progress).toBeHidden({ timeout: 60_000 });
  await expect(gloss.reader.title).toHaveText('Letters from the Coast');
  const item = gloss.library.list
    .getByRole('listitem')
    .filter({ hasText: 'Letters from the Coast' });
  await expect(item.getByTestId('library-format')).toHaveText('EPUB2 chapters');
  await expect(gloss.reader.sectionHeadings).toHaveText(['Arrival', 'Departure']);

  await gloss.reader.dragSelect('We left with the evening tide.');
  await new HighlightToolbar(gloss.page).color('green').click();
  const notes = new NotesPanel(gloss.page);
  await notes.show();
  await expect(notes.items).toHaveCount(1);
  await expect(notes.items.first().getByTestId('highlight-pages')).toHaveCount(0);

  await gloss.details.show();
  const contents = gloss.page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('button')).toHaveText(['Arrival', 'Departure']);
});

test('a single book being read shows its name and a moving bar, not "1 of 1"', async ({
  gloss,
}) => {
  test.skip(
    gloss.shell !== 'browser',
    'holds the import back with page.route, which sees only browser mode’s HTTP; Electron calls the core over IPC',
  );
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await gloss.page.route('**/api/documents.importFile', async (route) => {
    await held;
    await route.continue();
  });
  const importer = new ImportPage(gloss.page);
  await importer.chooseFiles([{ name: 'tides.pdf', content: await paper() }]);
  await expect(importer.progress.getByRole('status')).toHaveText('Importing tides.pdf…');
  // No value: the bar is indeterminate while the one file is read.
  await expect(importer.progress.getByRole('progressbar')).not.toHaveAttribute('value');
  release();
  await expect(importer.progress).toBeHidden({ timeout: 60_000 });
  await expect(gloss.reader.title).toHaveText('Tides and Their Readers');
});
