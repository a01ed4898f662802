import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type GlossApp } from './fixtures';
import { bundledDocumentId, highlightThrough, NotesPanel } from './pages/NotesPanel';
import { bundledArticle } from './support/bundled';
import { repoRoot } from './support/paths';

const articleText = readFileSync(join(repoRoot, 'resources', '000_dff1b5ee7486004a.txt'), 'utf8');
const kept = 'signaling a return to his transactional approach to foreign policy';
const gone =
  'Japan, too, has stated through government sources that defense expenses are a separate ' +
  'issue and should not be linked with trade tariffs.';
const moved = 'A new election is scheduled for June 3.';
const lastSentence = 'developing its own nuclear capabilities.';

/** The article without the `gone` paragraph and with `moved` carried to the last paragraph. */
const newVersion = (): string => {
  const lines = articleText.split('\n').filter((line) => line !== gone);
  return lines
    .map((line) => line.replace(` ${moved}`, ''))
    .map((line) => line.replace(lastSentence, `${lastSentence} ${moved}`))
    .join('\n');
};

interface TextBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Runs in the page: where the first occurrence of the text starts and ends on screen. Source
 * text, because the e2e code is type-checked without the DOM library.
 */
const locateText = `(wanted) => {
  const root = document.querySelector('[data-testid="reader-content"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent.indexOf(wanted);
    if (at < 0) continue;
    node.parentElement.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const rects = Array.from(range.getClientRects());
    const first = rects[0];
    const last = rects[rects.length - 1];
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }
  return null;
}`;

/** Drags the mouse across the first occurrence of `text` in the reader, as a user would. */
const selectWithMouse = async (page: Page, text: string): Promise<void> => {
  // A string is evaluated as an expression: the call and its argument are part of it.
  const box = (await page.evaluate(`(${locateText})(${JSON.stringify(text)})`)) as TextBox | null;
  if (!box) throw new Error(`“${text}” is not in the reader as one text node`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
};

const mark = (gloss: GlossApp, highlightId: string) =>
  gloss.reader.content.locator(`[data-highlight-ids~="${highlightId}"]`);

test('Replace text keeps, moves and orphans highlights; an orphan is re-attached', async ({
  gloss,
}) => {
  const documentId = await bundledDocumentId(gloss);
  const keptHighlight = await highlightThrough(gloss, documentId, kept, 'green');
  const goneHighlight = await highlightThrough(gloss, documentId, gone, 'pink');
  const movedHighlight = await highlightThrough(gloss, documentId, moved, 'blue');
  await gloss.call('notes.save', {
    documentId,
    highlightId: goneHighlight.id,
    body: 'Tokyo keeps *trade* apart.',
    tags: [],
  });
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  const notes = new NotesPanel(gloss.page);
  await expect(notes.items).toHaveCount(3);

  await gloss.details.show();
  await gloss.details.details.getByRole('button', { name: 'Replace text…' }).click();
  const dialog = gloss.page.getByRole('dialog', { name: 'Replace text' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New text' }).fill(newVersion());
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'The text was replaced: 1 highlight kept in place, 1 moved, 1 orphaned.',
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The reader shows the new version: the gone paragraph is gone, the moved sentence moved.
  await expect(gloss.reader.content).not.toContainText('Japan, too, has stated');
  await expect(mark(gloss, keptHighlight.id)).toHaveText(kept);
  await expect(mark(gloss, movedHighlight.id)).toHaveText(moved);
  const lastParagraph = gloss.reader.paragraphs.filter({ hasText: lastSentence });
  await expect(lastParagraph.locator(`[data-highlight-ids~="${movedHighlight.id}"]`)).toHaveText(
    moved,
  );
  await expect(mark(gloss, goneHighlight.id)).toHaveCount(0);

  // The orphan is listed with its quote and note, never dropped.
  await notes.show();
  const orphan = notes.orphans.locator(`li[data-highlight-id="${goneHighlight.id}"]`);
  await expect(orphan.locator('.note-quote')).toHaveText(gone);
  await expect(orphan.locator('.note-body em')).toHaveText('trade');
  await expect(orphan).toContainText('Its text is no longer in the document.');
  await expect(notes.items).toHaveCount(2);

  await orphan.getByRole('button', { name: 'Re-attach…' }).click();
  await expect(orphan.getByRole('status')).toHaveText(
    /Select the new text in the reader, then choose Attach here/,
  );
  await selectWithMouse(gloss.page, 'Seoul is bracing for potential talks');
  await gloss.page
    .getByRole('toolbar', { name: 'Highlight' })
    .getByRole('button', { name: 'Attach here' })
    .click();

  await expect(mark(gloss, goneHighlight.id)).toHaveText('Seoul is bracing for potential talks');
  await expect(notes.orphans).toHaveCount(0);
  await expect(notes.items).toHaveCount(3);
  await expect(notes.item(goneHighlight.id).locator('.note-body em')).toHaveText('trade');
});

test('Replace text refuses empty text and files it cannot read, and changes nothing', async ({
  gloss,
}) => {
  await gloss.library.open(bundledArticle.title);
  await gloss.details.show();
  await gloss.details.details.getByRole('button', { name: 'Replace text…' }).click();
  const dialog = gloss.page.getByRole('dialog', { name: 'Replace text' });

  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(dialog.getByRole('alert')).not.toBeEmpty();

  const chooser = gloss.page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose file…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n') });
  await expect(dialog.getByRole('alert')).toHaveText(/not a text file/);

  await dialog.getByLabel('Text file').setInputFiles({
    name: 'draft.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('A short new version.'),
  });
  await expect(dialog.getByRole('textbox', { name: 'New text' })).toHaveValue(
    'A short new version.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  await expect(gloss.reader.content).toContainText(bundledArticle.lastParagraphStart);
});
