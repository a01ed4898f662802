import { kindleClippings } from '../src/core/import/clippings/testing';
import { expect, test, type GlossApp } from './fixtures';
import { EntitiesPanel } from './pages/EntitiesPanel';
import { ExportDialog } from './pages/ExportDialog';
import { HighlightToolbar } from './pages/HighlightToolbar';
import { ImportPage } from './pages/ImportPage';
import { NotesPanel } from './pages/NotesPanel';
import { ReviewView } from './pages/ReviewView';
import { SearchBox } from './pages/SearchBox';
import { AxeAudit } from './support/axe';
import { bundledArticle } from './support/bundled';

/*
 * Issue 17: every screen of Gloss, in the light and the dark theme (the app follows the
 * system's colour scheme), checked by axe-core at WCAG 2.2 AA, with zero violations. The
 * screens are reached as a reader reaches them, and each is checked while it shows.
 */

const quote = 'transactional approach to foreign policy';

const visitEveryScreen = async (gloss: GlossApp, audit: AxeAudit): Promise<void> => {
  const { page, library, reader, details } = gloss;
  await expect(library.items).toHaveCount(1);
  await audit.check('library, no document open');

  await library.open(bundledArticle.title);
  await expect(reader.title).toHaveText(bundledArticle.title);
  await audit.check('reader with the Notes tab');

  const toolbar = new HighlightToolbar(page);
  await reader.dragSelect(quote);
  await expect(toolbar.toolbar).toBeVisible();
  await audit.check('selection toolbar');
  await toolbar.color('yellow').click();
  await expect(reader.marks).toHaveCount(1);

  const notes = new NotesPanel(page);
  const item = notes.items.first();
  await item.locator('.note-quote').click();
  await item.getByRole('button', { name: 'Add note' }).click();
  await notes.noteBox.fill('A **note** with [a link](https://example.com).');
  await audit.check('note editor');
  await item.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item.getByRole('status')).toHaveText('Saved');
  await audit.check('Notes with a saved note');

  const review = new ReviewView(page);
  await expect(review.dueCount).toHaveText('1');
  await review.button.click();
  await expect(review.quote).toBeVisible();
  await audit.check('Review, a card with its note');
  await page.keyboard.press('3');
  await expect(review.finished).toBeVisible();
  await audit.check('Review, the sitting done');
  await page.keyboard.press('Escape');
  await expect(review.dialog).toBeHidden();

  const entities = new EntitiesPanel(page);
  await entities.show();
  await expect(entities.item('Donald Trump')).toBeVisible({ timeout: 30_000 });
  await audit.check('Entities');
  await entities.open('Donald Trump');
  await audit.check('entity card');

  await details.show();
  await audit.check('Details');
  await details.details.getByRole('button', { name: 'Edit reference' }).click();
  await expect(page.getByRole('form', { name: 'Reference' })).toBeVisible();
  await audit.check('reference form');
  await page
    .getByRole('form', { name: 'Reference' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await details.details.getByRole('button', { name: 'Replace text…' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace text' });
  await expect(replace).toBeVisible();
  await audit.check('Replace text dialog');
  await replace.getByRole('button', { name: 'Cancel' }).click();

  const search = new SearchBox(page);
  await search.search('Trump');
  await expect(search.options.first()).toBeVisible();
  await audit.check('search results');
  await search.input.press('Escape');

  const importing = new ImportPage(page);
  await importing.menuButton.click();
  await expect(page.getByRole('menu', { name: 'Import' })).toBeVisible();
  await audit.check('Import menu');
  await page.keyboard.press('Escape');
  await importing.openPasteDialog();
  await audit.check('Paste text dialog');
  await importing.pasteDialog.getByRole('button', { name: 'Cancel' }).click();
  await importing.chooseFiles([
    { name: 'empty.txt', content: '' },
    { name: 'notes.md', content: '# Notes\n\nSome text.' },
    { name: 'My Clippings.txt', content: kindleClippings() },
  ]);
  await expect(importing.summary).toBeVisible({ timeout: 30_000 });
  await expect(importing.summary.getByRole('list', { name: 'Books' })).toBeVisible();
  await audit.check('import summary, with the books of a clippings file');
  await importing.summary.getByRole('button', { name: 'Dismiss' }).click();
  // The same file again: a new version of it? (issue 19)
  await importing.chooseFiles([{ name: 'notes.md', content: '# Notes\n\nSome more text.' }]);
  const question = page.getByTestId('update-question');
  await expect(question).toBeVisible({ timeout: 30_000 });
  await audit.check('update question on import');
  await question.getByRole('button', { name: /^Update/u }).click();
  const updated = page.getByTestId('update-report');
  await expect(updated).toBeVisible();
  await audit.check('update report');
  await updated.getByRole('button', { name: 'Done' }).click();

  const exporting = new ExportDialog(page);
  await exporting.open();
  await audit.check('Export dialog');
  await exporting.dialog.getByRole('radio', { name: 'Choose documents' }).check();
  await expect(
    exporting.dialog.getByRole('searchbox', { name: 'Filter documents to export' }),
  ).toBeVisible();
  await audit.check('Export dialog, choosing documents');
  await exporting.close();

  await reader.shortcutsButton.click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await audit.check('keyboard shortcuts sheet');
  await page.keyboard.press('Escape');

  await library.item('Notes').getByRole('button', { name: 'Delete Notes' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit.check('delete confirmation');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  const trash = await library.openTrash();
  await expect(trash.items).toHaveCount(1);
  await audit.check('Trash');
  await trash.close();
};

for (const theme of ['light', 'dark'] as const) {
  test(`every screen has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ gloss }) => {
    test.setTimeout(480_000);
    await gloss.page.emulateMedia({ colorScheme: theme });
    const audit = new AxeAudit(gloss.page, theme);
    try {
      await visitEveryScreen(gloss, audit);
    } finally {
      audit.save();
    }
    expect(audit.lines()).toEqual([]);
  });
}

/** What Tab reached: its role and name, and whether a focus ring shows on it or its ::after. */
const focusedNow = () => {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const ring = (style: CSSStyleDeclaration) =>
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== 'none';
  const all = [...document.querySelectorAll('*')];
  return {
    label:
      element.getAttribute('aria-label') ??
      element.textContent?.trim().slice(0, 40) ??
      element.tagName,
    tag: element.tagName.toLowerCase(),
    ring: ring(getComputedStyle(element)) || ring(getComputedStyle(element, '::after')),
    order: all.indexOf(element),
  };
};

test('Tab goes through the page in reading order, always with a visible focus ring', async ({
  gloss,
}) => {
  const { page, library } = gloss;
  await expect(library.items).toHaveCount(1);
  const reached: NonNullable<ReturnType<typeof focusedNow>>[] = [];
  for (let step = 0; step < 10; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(focusedNow);
    if (focused) reached.push(focused);
  }
  expect(reached.map((focused) => focused.label)).toHaveLength(10);
  // The skip link comes first, then the top bar and the library, in page order.
  expect(reached[0]?.label).toBe('Skip to reader');
  for (const [index, focused] of reached.entries()) {
    expect(focused.ring, `focus ring on ${focused.tag} "${focused.label}"`).toBe(true);
    if (index > 0) expect(focused.order).toBeGreaterThan(reached[index - 1]?.order ?? 0);
  }
});

test('saves, deletions and entity corrections are announced in live regions', async ({ gloss }) => {
  test.setTimeout(120_000);
  const { page, library, reader } = gloss;
  await library.open(bundledArticle.title);
  await reader.dragSelect(quote);
  await new HighlightToolbar(page).color('green').click();
  const notes = new NotesPanel(page);
  const item = notes.items.first();
  await expect(item).toBeVisible();
  const highlightId = (await item.getAttribute('data-highlight-id')) ?? '';

  // A saved note: a status in its item.
  await notes.writeNote(highlightId, 'Announced when saved.');
  await expect(item.getByRole('status')).toHaveText('Saved');

  // A deletion: a status with its Undo.
  await item.getByRole('button', { name: 'Delete highlight' }).click();
  const deleted = notes.region.getByRole('status').filter({ hasText: 'Highlight deleted' });
  await expect(deleted).toBeVisible();
  await expect(deleted.getByRole('button', { name: 'Undo' })).toBeVisible();

  // An entity correction: the panel's status says what it did.
  const entities = new EntitiesPanel(page);
  await entities.open('Pentagon');
  await entities.card.getByRole('button', { name: 'Rename' }).click();
  const name = entities.card.getByRole('textbox', { name: 'Name' });
  await name.fill('The Pentagon');
  await name.press('Enter');
  await expect(entities.region.getByRole('status')).toHaveText('Renamed to “The Pentagon”.');
});
