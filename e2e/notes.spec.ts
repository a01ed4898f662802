import { expect, test, type GlossApp } from './fixtures';
import { bundledDocumentId, highlightThrough, NotesPanel } from './pages/NotesPanel';
import { bundledArticle } from './support/bundled';

const opening = 'signaling a return to his transactional approach to foreign policy';
const troops = 'Japan and South Korea host about 50,000 and 28,500 U.S. troops respectively.';
const russel = '“Trump sees alliances in economic terms,” said Danny Russel';

/** Opens the bundled article after setup through the API, so the page loads the new state. */
const openArticle = async (gloss: GlossApp): Promise<NotesPanel> => {
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  const notes = new NotesPanel(gloss.page);
  await expect(notes.tab).toHaveAttribute('aria-selected', 'true');
  return notes;
};

const mark = (gloss: GlossApp, highlightId: string) =>
  gloss.reader.content.locator(`[data-highlight-ids~="${highlightId}"]`);

test('a note is written, rendered from Markdown, edited and kept across a restart', async ({
  gloss,
}) => {
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, opening);
  const notes = await openArticle(gloss);
  const item = notes.item(highlight.id);
  await expect(item.locator('.note-quote')).toHaveText(opening);

  await notes.writeNote(highlight.id, 'A *return* to form:\n\n- trade\n- troops\n\nSee `SMA`.');
  await expect(item.locator('.note-body em')).toHaveText('return');
  await expect(item.locator('.note-body li')).toHaveText(['trade', 'troops']);
  await expect(item.locator('.note-body code')).toHaveText('SMA');
  const noteId = await item.getAttribute('data-note-id');
  expect(noteId).toBeTruthy();

  // Edit: Escape on an unchanged editor just closes it; a changed one asks first.
  await item.getByRole('button', { name: 'Edit note' }).click();
  await expect(notes.noteBox).toHaveValue(/A \*return\* to form/);
  await notes.noteBox.press('Escape');
  await expect(notes.noteBox).toHaveCount(0);
  await item.getByRole('button', { name: 'Edit note' }).click();
  await notes.noteBox.fill('Edited: **transactional** policy.');
  await notes.noteBox.press('Escape');
  await expect(item.getByText('Discard your changes to this note?')).toBeVisible();
  await expect(item.getByText('Unsaved draft')).toBeVisible();
  await item.getByRole('button', { name: 'Keep editing' }).click();
  await expect(notes.noteBox).toBeFocused();
  await notes.noteBox.press('Control+Enter');
  await expect(notes.noteBox).toHaveCount(0);
  await expect(item.locator('.note-body strong')).toHaveText('transactional');

  await gloss.restart();
  await gloss.library.open(bundledArticle.title);
  const after = new NotesPanel(gloss.page).item(highlight.id);
  await expect(after).toHaveAttribute('data-note-id', noteId ?? '');
  await expect(after.locator('.note-body')).toHaveText('Edited: transactional policy.');
});

test('clicking an item selects its highlight; emptying a note deletes it', async ({ gloss }) => {
  const documentId = await bundledDocumentId(gloss);
  const first = await highlightThrough(gloss, documentId, opening);
  const second = await highlightThrough(gloss, documentId, troops, 'green');
  const notes = await openArticle(gloss);
  await expect(notes.items).toHaveCount(2);
  await expect(notes.count).toHaveText('2 highlights · 0 notes');

  await notes.item(second.id).click();
  await expect(notes.item(second.id)).toHaveAttribute('aria-current', 'true');
  await expect(mark(gloss, second.id).first()).toBeInViewport();

  await notes.writeNote(first.id, 'Short-lived');
  await expect(notes.count).toHaveText('2 highlights · 1 note');
  await notes.item(first.id).getByRole('button', { name: 'Edit note' }).click();
  await notes.noteBox.fill('');
  await notes.item(first.id).getByRole('button', { name: 'Save' }).click();
  await expect(notes.item(first.id)).not.toHaveAttribute('data-note-id');
  await expect(notes.count).toHaveText('2 highlights · 0 notes');
});

test('document notes are added, edited and deleted with undo', async ({ gloss }) => {
  const notes = await openArticle(gloss);
  await expect(notes.region.getByText('No highlights yet')).toBeVisible();

  await notes.region.getByRole('button', { name: 'Add document note' }).click();
  await expect(notes.noteBox).toBeFocused();
  await notes.noteBox.fill('Read alongside the **2019** talks.');
  await notes.region.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(notes.documentNotes).toHaveCount(1);
  const note = notes.documentNotes.first();
  await expect(note.locator('strong')).toHaveText('2019');

  await note.getByRole('button', { name: 'Edit note' }).click();
  await notes.noteBox.fill('Read alongside the 2020 agreement.');
  await notes.noteBox.press('Control+Enter');
  await expect(note.locator('.note-body')).toHaveText('Read alongside the 2020 agreement.');

  await note.getByRole('button', { name: 'Delete note' }).click();
  await expect(notes.documentNotes).toHaveCount(0);
  await notes.region.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.documentNotes).toHaveCount(1);
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  await expect(notes.documentNotes.locator('.note-body')).toHaveText(
    'Read alongside the 2020 agreement.',
  );
});

test('filters by colour and tag, and says when nothing matches', async ({ gloss }) => {
  const documentId = await bundledDocumentId(gloss);
  const yellow = await highlightThrough(gloss, documentId, opening, 'yellow');
  const green = await highlightThrough(gloss, documentId, troops, 'green');
  const blue = await highlightThrough(gloss, documentId, russel, 'blue');
  await gloss.call('highlights.update', { id: green.id, tags: ['policy'] });
  await gloss.call('highlights.update', { id: blue.id, tags: ['policy', 'quote'] });
  const notes = await openArticle(gloss);
  await expect(notes.items).toHaveCount(3);

  await notes.colorFilter.getByRole('button', { name: 'Green' }).click();
  await expect(notes.items).toHaveCount(1);
  await expect(notes.items.first()).toHaveAttribute('data-highlight-id', green.id);
  await expect(notes.count).toHaveText('1 of 3 highlights · 0 notes');
  await notes.colorFilter.getByRole('button', { name: 'Yellow' }).click();
  await expect(notes.items).toHaveCount(2);
  await notes.colorFilter.getByRole('button', { name: 'All' }).click();
  await expect(notes.items).toHaveCount(3);

  await notes.tagFilter.selectOption('policy');
  await expect(notes.items).toHaveCount(2);
  await notes.tagFilter.selectOption('quote');
  await expect(notes.items).toHaveCount(1);
  await expect(notes.items.first()).toHaveAttribute('data-highlight-id', blue.id);

  await notes.colorFilter.getByRole('button', { name: 'Yellow' }).click();
  await expect(notes.items).toHaveCount(0);
  await expect(notes.region.getByText('No highlights match these filters')).toBeVisible();
  await notes.region.getByRole('button', { name: 'Clear filters' }).click();
  await expect(notes.items).toHaveCount(3);
  await expect(notes.item(yellow.id)).toBeVisible();
});

test('tags are added and removed on the selected highlight', async ({ gloss }) => {
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, troops);
  const notes = await openArticle(gloss);
  const item = notes.item(highlight.id);
  await item.click();
  const tags = item.getByRole('textbox', { name: 'Tags' });

  await tags.fill('alliances');
  await tags.press('Enter');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'alliances',
  ]);
  await tags.fill('two words');
  await tags.press('Enter');
  await expect(item.getByRole('alert')).toContainText('one word');
  await tags.fill('troops');
  await tags.press('Enter');
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'alliances',
    'troops',
  ]);
  await item.getByRole('button', { name: 'Remove tag alliances' }).click();
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'troops',
  ]);

  const stored = await gloss.call('annotations.list', { documentId });
  expect(stored.ok && stored.value.highlights[0]?.tags).toEqual(['troops']);
});

test('a highlight deleted from the panel comes back with Undo', async ({ gloss }) => {
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, troops, 'pink');
  await gloss.call('notes.save', {
    documentId,
    highlightId: highlight.id,
    body: 'Troop numbers',
    tags: [],
  });
  const notes = await openArticle(gloss);
  await expect(mark(gloss, highlight.id)).not.toHaveCount(0);

  await notes.item(highlight.id).click();
  await notes.item(highlight.id).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(notes.item(highlight.id)).toHaveCount(0);
  await expect(mark(gloss, highlight.id)).toHaveCount(0);
  await expect(
    notes.region.getByRole('status').filter({ hasText: 'Highlight deleted' }),
  ).toBeVisible();

  await notes.region.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.item(highlight.id)).toBeVisible();
  await expect(notes.item(highlight.id).locator('.note-body')).toHaveText('Troop numbers');
  await expect(mark(gloss, highlight.id)).not.toHaveCount(0);
});

test('clicking a highlight in the reader brings its item forward in the Notes tab', async ({
  gloss,
}) => {
  const documentId = await bundledDocumentId(gloss);
  await highlightThrough(gloss, documentId, opening);
  const last = await highlightThrough(gloss, documentId, russel, 'purple');
  await gloss.call('notes.save', { documentId, highlightId: last.id, body: 'Quote', tags: [] });
  const notes = await openArticle(gloss);
  await gloss.details.show();
  await expect(notes.region).toBeHidden();

  await mark(gloss, last.id).first().click();
  await expect(notes.tab).toHaveAttribute('aria-selected', 'true');
  await expect(notes.item(last.id)).toBeFocused();
  await expect(notes.item(last.id)).toHaveAttribute('aria-current', 'true');
  await expect(notes.item(last.id).getByRole('button', { name: 'Edit note' })).toBeVisible();
});
