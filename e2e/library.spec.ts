import { expect, test, type GlossApp } from './fixtures';
import { NotesPanel } from './pages/NotesPanel';
import { bundledArticle } from './support/bundled';

/** Waits until the window has recorded opening the bundled article, which it does on its own. */
const bundledOpened = async (gloss: GlossApp): Promise<void> => {
  await expect
    .poll(async () => {
      const list = await gloss.call('library.list', {});
      return list.ok && list.value.find((doc) => doc.title === bundledArticle.title)?.openedAt;
    })
    .toBeTruthy();
};

/**
 * Imports a text through the core and answers its id. First waits for the window to have opened
 * the bundled article, as it does on its own at start: a document imported before that is the
 * newest one, and the window would open it instead.
 */
const importText = async (gloss: GlossApp, title: string, source?: string): Promise<string> => {
  await bundledOpened(gloss);
  const text = `${title}\n\nSeoul and Tokyo weigh the cost of the alliance.\n\nTalks go on.`;
  const result = await gloss.call('documents.importText', { text, title, source });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id;
};

/** A highlight on the first word of the document, with a note, through the core. */
const annotate = async (gloss: GlossApp, documentId: string, body: string): Promise<void> => {
  const highlight = await gloss.call('highlights.create', {
    documentId,
    start: 0,
    end: 5,
    color: 'green',
  });
  if (!highlight.ok) throw new Error(highlight.error.message);
  const note = await gloss.call('notes.save', {
    documentId,
    highlightId: highlight.value.id,
    body,
    tags: [],
  });
  expect(note.ok).toBe(true);
};

/**
 * Reloads the window so that the library lists what the core was given directly. First waits for
 * the window's own bookkeeping: else the reload can come before it, the article counts as never
 * opened, and the window opens (and extracts) another document instead.
 */
const reload = async (gloss: GlossApp): Promise<void> => {
  await bundledOpened(gloss);
  await gloss.page.reload();
  await expect(gloss.library.items.first()).toBeVisible();
};

test('each item shows its counts, kept in step with the open document', async ({ gloss }) => {
  const id = await importText(gloss, 'Alliance costs', 'alliance.txt');
  await annotate(gloss, id, 'Who pays?');
  await reload(gloss);

  const { library } = gloss;
  await expect(library.item('Alliance costs')).toContainText('alliance.txt');
  await expect(library.counts('Alliance costs')).toHaveText('1 highlight · 1 note');
  // The bundled article opened first: its entities have been extracted.
  await expect(library.counts(bundledArticle.title)).toHaveText(
    /^0 highlights · 0 notes · \d+ entities$/,
  );

  await library.open('Alliance costs');
  await expect(library.counts('Alliance costs')).toHaveText(
    /^1 highlight · 1 note · \d+ entities?$/,
  );
  const notes = new NotesPanel(gloss.page);
  await notes.region.getByRole('button', { name: 'Add document note' }).click();
  await notes.noteBox.fill('On the whole piece.');
  await notes.region.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(notes.documentNotes).toHaveCount(1);
  await expect(library.counts('Alliance costs')).toHaveText(/^1 highlight · 2 notes/);
});

test('sorts by title, date added or last opened, and remembers the choice', async ({ gloss }) => {
  for (const title of ['banana split', 'Apple pie', 'Cherry tart']) await importText(gloss, title);
  await reload(gloss);
  const { library } = gloss;
  const article = bundledArticle.title;

  // Date added, newest first, is the default.
  await expect(library.sort).toHaveValue('added');
  await expect
    .poll(() => library.titles())
    .toEqual(['Cherry tart', 'Apple pie', 'banana split', article]);

  await library.sort.selectOption({ label: 'Title' });
  await expect
    .poll(() => library.titles())
    .toEqual(['Apple pie', 'banana split', 'Cherry tart', article]);

  await library.open('banana split');
  await expect(gloss.reader.title).toHaveText('banana split');
  await library.sort.selectOption({ label: 'Last opened' });
  // Never-opened documents come last, newest added first among them.
  await expect
    .poll(() => library.titles())
    .toEqual(['banana split', article, 'Cherry tart', 'Apple pie']);

  await gloss.restart();
  await expect(gloss.library.sort).toHaveValue('opened');
  await expect
    .poll(() => gloss.library.titles())
    .toEqual(['banana split', article, 'Cherry tart', 'Apple pie']);
});

test('a renamed document keeps the focus where its new title sorts it', async ({ gloss }) => {
  for (const title of ['Apple pie', 'banana split', 'Cherry tart']) await importText(gloss, title);
  await reload(gloss);
  const { library } = gloss;
  await library.sort.selectOption({ label: 'Title' });
  await expect.poll(() => library.titles()).toContain('Apple pie');

  await library.rename('Apple pie', 'Zucchini bread');
  await expect
    .poll(() => library.titles())
    .toEqual(['banana split', 'Cherry tart', bundledArticle.title, 'Zucchini bread']);
  // The row that held it now shows another document; the focus went with the renamed one.
  await expect(library.openButton('Zucchini bread')).toBeFocused();
  await expect(library.openButton('banana split')).not.toBeFocused();
});

test('the filter narrows by title and source, and says when nothing matches', async ({ gloss }) => {
  await importText(gloss, 'Harbour notes', 'café-review.html');
  await importText(gloss, 'Mountain diary');
  await reload(gloss);
  const { library } = gloss;

  await library.filter.fill('cafe');
  await expect(library.items).toHaveCount(1);
  await expect(library.openButton('Harbour notes')).toBeVisible();

  await library.filter.fill('DIARY');
  // The list follows the filter a render later: wait for it, as a reader's eye would.
  await expect.poll(() => library.titles()).toEqual(['Mountain diary']);

  await library.filter.fill('zeppelin');
  await expect(library.list).toHaveCount(0);
  await expect(gloss.page.getByText('No documents match “zeppelin”')).toBeVisible();
  await gloss.page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(library.filter).toHaveValue('');
  await expect(library.items).toHaveCount(3);
});

test('rename: inline, refused when empty, cancelled by Escape, kept across a restart', async ({
  gloss,
}) => {
  const { library, reader } = gloss;
  const article = bundledArticle.title;
  await expect(reader.title).toHaveText(article);

  const field = await library.startRename(article);
  await expect(field).toHaveValue(article);
  await field.fill('   ');
  await field.press('Enter');
  await expect(gloss.page.getByRole('alert')).toHaveText('A title cannot be empty.');
  await expect(field).toBeVisible();
  await field.press('Escape');
  await expect(field).toBeHidden();
  await expect(library.openButton(article)).toBeFocused();
  const listed = await gloss.call('library.list', {});
  expect(listed.ok && listed.value.map((doc) => doc.title)).toEqual([article]);

  await library.rename(article, '  Tariffs and troops  ');
  await expect(reader.title).toHaveText('Tariffs and troops');

  await gloss.restart();
  await expect(gloss.library.openButton('Tariffs and troops')).toBeVisible();
  await expect(gloss.reader.title).toHaveText('Tariffs and troops');
});

test('delete moves a document to the Trash; restore brings it back with its notes', async ({
  gloss,
}) => {
  const id = await importText(gloss, 'Alliance costs');
  await annotate(gloss, id, 'Who pays?');
  await reload(gloss);
  const { library, reader } = gloss;
  await expect(library.trashButton).toHaveText('Trash');

  await library.open('Alliance costs');
  await expect(reader.title).toHaveText('Alliance costs');
  await library.list.getByRole('button', { name: 'Delete Alliance costs', exact: true }).click();
  await expect(gloss.page.getByRole('alertdialog')).toContainText('Trash');
  await gloss.page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(library.item('Alliance costs')).toHaveCount(0);
  // The open document went: the reader shows its placeholder.
  await expect(reader.title).toHaveCount(0);
  await expect(reader.region.getByText('No document open')).toBeVisible();
  await expect(library.trashButton).toHaveText('Trash 1');

  const trash = await library.openTrash();
  await expect(trash.items).toHaveCount(1);
  await expect(trash.item('Alliance costs')).toContainText('Deleted');
  await trash.restore('Alliance costs');
  await expect(trash.emptyMessage).toBeVisible();
  await trash.close();
  await expect(library.trashButton).toHaveText('Trash');

  await expect(library.counts('Alliance costs')).toHaveText(/^1 highlight · 1 note/);
  await library.open('Alliance costs');
  await expect(reader.marks).toHaveCount(1);
  const notes = new NotesPanel(gloss.page);
  await expect(notes.items.first()).toContainText('Who pays?');
});

test('emptying the Trash removes its documents for good', async ({ gloss }) => {
  await importText(gloss, 'First draft');
  await importText(gloss, 'Second draft');
  await reload(gloss);
  const { library } = gloss;
  await library.delete('First draft');
  await library.delete('Second draft');
  await library.delete(bundledArticle.title);
  await expect(library.trashButton).toHaveText('Trash 3');

  const trash = await library.openTrash();
  // Most recently deleted first.
  await expect(trash.items.locator('.trash-title')).toHaveText([
    bundledArticle.title,
    'Second draft',
    'First draft',
  ]);
  await trash.deleteForever('Second draft');
  await expect(trash.items).toHaveCount(2);
  await trash.empty();
  await trash.close();

  await gloss.restart();
  expect(await gloss.call('trash.list', {})).toEqual({ ok: true, value: [] });
  expect(await gloss.call('library.list', {})).toEqual({ ok: true, value: [] });
  await expect(gloss.library.trashButton).toHaveText('Trash');
  const again = await gloss.library.openTrash();
  await expect(again.emptyMessage).toBeVisible();
});
