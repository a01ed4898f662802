import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { bundledDocumentId, highlightThrough, NotesPanel } from './pages/NotesPanel';
import { bundledArticle } from './support/bundled';
import { repoRoot } from './support/paths';

const articleText = readFileSync(join(repoRoot, 'resources', '000_dff1b5ee7486004a.txt'), 'utf8');
const reworded = 'signaling a return to his transactional approach to foreign policy';
const rewording = 'signaling a return to his deal-making approach to foreign policy';
const untouched = 'A new election is scheduled for June 3.';

test('an edited highlight shows its old words; Keep accepts the new ones, Undo puts all back', async ({
  gloss,
}) => {
  // Two replacements and an undo of the whole article: more than one ordinary step.
  test.setTimeout(60_000);
  const documentId = await bundledDocumentId(gloss);
  const edited = await highlightThrough(gloss, documentId, reworded, 'green');
  const kept = await highlightThrough(gloss, documentId, untouched, 'blue');
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  const notes = new NotesPanel(gloss.page);
  await expect(notes.items).toHaveCount(2);

  await gloss.details.show();
  await gloss.details.details.getByRole('button', { name: 'Replace text…' }).click();
  const dialog = gloss.page.getByRole('dialog', { name: 'Replace text' });
  await dialog
    .getByRole('textbox', { name: 'New text' })
    .fill(articleText.replace(reworded, rewording));
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  const figures = dialog.getByRole('definition');
  await expect(figures).toHaveText([
    /^1\s*on their words$/u,
    /^0\s*to where their passage moved$/u,
    /^1\s*some words changed$/u,
    /^0\s*their words are gone$/u,
  ]);

  // Undo: the previous version, every highlight exactly as it was.
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog).toBeHidden();
  await expect(gloss.reader.content).toContainText(reworded);
  const afterUndo = await gloss.call('annotations.list', { documentId });
  expect(afterUndo.ok && afterUndo.value.highlights).toEqual(
    expect.arrayContaining([edited, kept]),
  );

  // Again, and this time keep the new words.
  await gloss.details.details.getByRole('button', { name: 'Replace text…' }).click();
  await dialog
    .getByRole('textbox', { name: 'New text' })
    .fill(articleText.replace(reworded, rewording));
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await notes.show();
  const item = notes.item(edited.id);
  await expect(item.locator('.note-quote')).toHaveText(rewording);
  await expect(item.getByRole('deletion')).toHaveText(reworded);
  await expect(notes.item(kept.id).getByRole('deletion')).toHaveCount(0);

  await item.getByRole('button', { name: 'Re-attach…' }).click();
  await expect(item.getByRole('status')).toContainText('Select the new text in the reader');
  await item.getByRole('button', { name: 'Cancel' }).click();

  await item.getByRole('button', { name: 'Keep' }).click();
  await expect(item.getByRole('deletion')).toHaveCount(0);
  await expect(item.locator('.note-quote')).toHaveText(rewording);
  const listed = await gloss.call('annotations.list', { documentId });
  expect(listed.ok && listed.value.highlights.find((h) => h.id === edited.id)).toMatchObject({
    editedFrom: null,
    quote: { exact: rewording },
  });
});
