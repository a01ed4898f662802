import { readFileSync } from 'node:fs';
import { kindleClippings, koreaderJson } from '../src/core/import/clippings/testing';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { ImportPage } from './pages/ImportPage';
import { NotesPanel } from './pages/NotesPanel';

const clippingsFile = {
  name: 'My Clippings.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(kindleClippings()),
};

test('Kindle clippings come in through the Import menu, open as books with their notes, and go out to Anki', async ({
  gloss,
}, testInfo) => {
  // Each file is read in a worker thread, and the deck's first APA reference takes citeproc
  // seconds: allow for a busy machine.
  test.setTimeout(120_000);
  const { page } = gloss;
  const importing = new ImportPage(page);

  // The menu's entry opens a file chooser for highlights exports.
  await importing.menuButton.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Kindle clippings, KOReader, Readwise…' }).click();
  await (await chooser).setFiles(clippingsFile);
  await expect(importing.progress).toBeHidden({ timeout: 60_000 });

  await expect(importing.summary.getByRole('status')).toHaveText(
    'Imported highlights from My Clippings.txt',
  );
  await expect(importing.summary).toContainText(
    'Kindle clippings: 2 books (2 new), 3 highlights and 1 note added, 1 extended highlight merged, 1 bookmark left out.',
  );
  const books = importing.summary.getByRole('list', { name: 'Books' }).getByRole('listitem');
  await expect(books).toHaveCount(2);
  await expect(books.first()).toContainText('Smith, Jane · new · 2 new highlights, 1 new note');
  await expect(gloss.library.items).toHaveCount(3);

  // Its title opens the book: highlights in reading order, the note on the extended one.
  await importing.summary.getByRole('button', { name: 'The Art of Reading' }).click();
  await expect(gloss.reader.title).toHaveText('The Art of Reading');
  await expect(gloss.reader.paragraphs).toHaveText([
    'Reading is a conversation.',
    'Slow down to see what the words do.',
  ]);
  await expect(gloss.reader.marks).toHaveText([
    'Reading is a conversation.',
    'Slow down to see what the words do.',
  ]);
  const notes = new NotesPanel(page);
  await expect(notes.items).toHaveCount(2);
  const noted = notes.items.nth(1);
  await expect(noted).toHaveAttribute('data-note-id', /.+/u);
  await expect(noted.locator('.note-body')).toHaveText('The core of the book.');
  await expect(noted.getByTestId('highlight-pages')).toHaveText('p. 7');

  // The same file again through "Open files…": told by its content, nothing new is added.
  await importing.summary.getByRole('button', { name: 'Dismiss' }).click();
  await importing.fileInput.setInputFiles(clippingsFile);
  await expect(importing.progress).toBeHidden({ timeout: 60_000 });
  await expect(importing.summary).toContainText(
    'Kindle clippings: 2 books (0 new), 0 highlights and 0 notes added, 3 already there',
  );
  await expect(gloss.library.items).toHaveCount(3);
  await importing.summary.getByRole('button', { name: 'Dismiss' }).click();

  // The open book's highlights as an Anki deck.
  const deck = testInfo.outputPath('reading.txt');
  const dialog = new ExportDialog(page);
  await dialog.open();
  await dialog.dialog.getByRole('radio', { name: 'Anki', exact: true }).check();
  const colours = dialog.dialog.getByRole('group', { name: 'Highlights' }).getByRole('checkbox');
  await expect(colours).toHaveCount(5);
  for (const colour of await colours.all()) await expect(colour).toBeChecked();
  await dialog.exportTo(deck, 'Anki', 'This document');
  await expect(dialog.status).toHaveText(/^Exported 1 document to /u, { timeout: 60_000 });
  const lines = readFileSync(deck, 'utf8').trimEnd().split('\n');
  expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#guid column:1']);
  const rows = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
  expect(rows.map((row) => row.slice(1, 4))).toEqual([
    ['Reading is a conversation.', '', 'The Art of Reading — Smith, Jane, p. 3'],
    [
      'Slow down to see what the words do.',
      'The core of the book.',
      'The Art of Reading — Smith, Jane, p. 7',
    ],
  ]);
  expect(rows[0]?.[4]).toMatch(/^\[@smith\d*art, p\. 3\]<br>Smith, J\./u);
});

test('a file that is not a highlights export is refused with the reason, and nothing is imported', async ({
  gloss,
}) => {
  test.setTimeout(60_000);
  const { page } = gloss;
  const importing = new ImportPage(page);
  await importing.menuButton.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menuitem', { name: 'Kindle clippings, KOReader, Readwise…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just notes.\n') });
  await expect(importing.progress).toBeHidden({ timeout: 60_000 });
  await expect(importing.summary.getByRole('status')).toHaveText('Could not import notes.txt');
  await expect(importing.failures).toHaveText([
    /“notes\.txt” is not a highlights export Gloss reads: .* Nothing was imported\./u,
  ]);
  await expect(gloss.library.items).toHaveCount(1);
});

test('a KOReader export dropped on the window is told by its content and imported as a book', async ({
  gloss,
}) => {
  test.setTimeout(60_000);
  const { page } = gloss;
  const importing = new ImportPage(page);
  const text = koreaderJson();
  const data = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'walden.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
  await expect(importing.progress).toBeHidden({ timeout: 60_000 });
  await expect(importing.summary).toContainText(
    'KOReader highlights: 1 book (1 new), 2 highlights and 1 note added.',
  );
  await importing.summary.getByRole('button', { name: 'Walden' }).click();
  await expect(gloss.reader.marks).toHaveText([
    'The mass of men lead lives of quiet desperation.',
    'I have a great deal of company in my house.',
  ]);
  await expect(gloss.reader.marks.first()).toHaveAttribute('data-color', 'pink');
});
