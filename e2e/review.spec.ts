import AxeBuilder from '@axe-core/playwright';
import { expect, test, type GlossApp } from './fixtures';
import { NotesPanel } from './pages/NotesPanel';
import { ReviewView } from './pages/ReviewView';

/** Three highlights on the bundled article, the first with a note; their quotes in order. */
const addHighlights = async (gloss: GlossApp): Promise<string[]> => {
  const list = await gloss.call('library.list', {});
  if (!list.ok || !list.value[0]) throw new Error('the bundled article is missing');
  const documentId = list.value[0].id;
  const quotes: string[] = [];
  for (const [start, end] of [
    [200, 240],
    [400, 450],
    [600, 640],
  ] as const) {
    const created = await gloss.call('highlights.create', {
      documentId,
      start,
      end,
      color: 'yellow',
    });
    if (!created.ok) throw new Error(created.error.message);
    quotes.push(created.value.quote.exact);
    if (quotes.length === 1) {
      const note = await gloss.call('notes.save', {
        documentId,
        highlightId: created.value.id,
        body: 'Remember **this** one.',
        tags: [],
      });
      expect(note.ok).toBe(true);
    }
  }
  return quotes;
};

test.describe('the daily review', () => {
  // A whole sitting with reloads and a restart: longer than one action on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('a keyboard-only session: open, reveal, rate, and it survives a reload', async ({
    gloss,
  }) => {
    const quotes = await addHighlights(gloss);
    expect((await gloss.call('review.updateSettings', { hideNotes: true })).ok).toBe(true);
    await gloss.page.reload();
    const review = new ReviewView(gloss.page);
    await expect(review.dueCount).toHaveText('3');
    await expect(review.button).toHaveAccessibleName('Review 3 due');

    await gloss.page.keyboard.press('r');
    await expect(review.dialog).toBeVisible();
    await expect(review.card).toBeFocused();
    await expect(review.progress).toHaveText('1 of 3');
    await expect(review.quote).toHaveText(quotes[0] ?? '');
    await expect(review.status).toContainText('Card 1 of 3');
    await expect(review.status).toContainText('press Space');
    await expect(review.note).toHaveCount(0);

    await gloss.page.keyboard.press('Space');
    await expect(review.note).toContainText('Remember this one.');
    await expect(review.status).toHaveText('Note shown.');
    const axe = await new AxeBuilder({ page: gloss.page })
      .include('[data-testid="review-dialog"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    await gloss.page.keyboard.press('3');
    await expect(review.status).toContainText('Rated Good: back in 3 days.');
    await expect(review.status).toContainText('Card 2 of 3');
    await expect(review.progress).toHaveText('2 of 3');
    await expect(review.quote).toHaveText(quotes[1] ?? '');
    await expect(review.dueCount).toHaveText('2');

    await gloss.page.keyboard.press('1');
    await expect(review.status).toContainText('Rated Again: back tomorrow.');
    await expect(review.dueCount).toHaveText('1');
    await gloss.page.keyboard.press('4');
    await expect(review.finished).toBeVisible();
    await expect(review.status).toContainText('Review finished: 3 of 3 reviewed.');
    await expect(review.dueCount).toHaveText('0');

    await gloss.page.keyboard.press('Escape');
    await expect(review.dialog).toHaveCount(0);

    await gloss.page.reload();
    await expect(review.dueCount).toHaveText('0');
    await gloss.page.keyboard.press('r');
    await expect(review.empty).toContainText('Nothing to review today');
    await expect(review.status).toHaveText('Nothing to review today.');
    const log = await gloss.call('review.log', {});
    expect(log.ok && log.value.map((entry) => entry.rating)).toEqual(['good', 'again', 'easy']);
  });

  test('rating with the buttons, leaving a highlight out, and the schedule after a restart', async ({
    gloss,
  }) => {
    const quotes = await addHighlights(gloss);
    await gloss.page.reload();
    const review = new ReviewView(gloss.page);
    await review.button.click();
    await expect(review.note).toContainText('Remember this one.');
    await review.rate('hard').click();
    await expect(review.quote).toHaveText(quotes[1] ?? '');
    await review.dialog.getByRole('button', { name: 'Don’t review this again' }).click();
    await expect(review.status).toContainText('Left out of review.');
    await expect(review.quote).toHaveText(quotes[2] ?? '');
    await expect(review.dueCount).toHaveText('1');

    await gloss.restart();
    const after = new ReviewView(gloss.page);
    await expect(after.dueCount).toHaveText('1');
    await after.button.click();
    await expect(after.quote).toHaveText(quotes[2] ?? '');
    await expect(after.progress).toHaveText('1 of 1');

    // The left-out highlight comes back from the settings.
    await after.dialog.getByRole('button', { name: 'Settings' }).click();
    const excluded = after.dialog.getByTestId('review-excluded');
    await expect(excluded).toContainText(quotes[1] ?? '');
    await excluded.getByRole('button', { name: 'Include again' }).click();
    await expect(after.dialog.getByRole('status').last()).toHaveText('Taken back into the review.');
    await expect(after.dueCount).toHaveText('2');
  });

  test('the Notes panel leaves a highlight out of the review and takes it back', async ({
    gloss,
  }) => {
    await addHighlights(gloss);
    const annotations = await gloss.call('library.list', {});
    const documentId = annotations.ok ? (annotations.value[0]?.id ?? '') : '';
    const listed = await gloss.call('annotations.list', { documentId });
    const firstId = listed.ok ? (listed.value.highlights[0]?.id ?? '') : '';
    await gloss.page.reload();
    const review = new ReviewView(gloss.page);
    await expect(review.dueCount).toHaveText('3');

    const notes = new NotesPanel(gloss.page);
    await notes.show();
    const item = notes.item(firstId);
    await item.locator('.note-quote').click();
    const toggle = item.getByRole('checkbox', { name: 'Include in daily review' });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(review.dueCount).toHaveText('2');
    const status = await gloss.call('review.status', { highlightId: firstId });
    expect(status.ok && status.value.excluded).toBe(true);
    await toggle.check();
    await expect(review.dueCount).toHaveText('3');
  });

  test('an orphaned highlight shows its quote with its status', async ({ gloss }) => {
    const imported = await gloss.call('documents.importText', {
      title: 'Orphans',
      text: 'Orphans\n\nThe first version says something worth keeping.',
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const documentId = imported.value.id;
    const start = 'The first version says '.length;
    const created = await gloss.call('highlights.create', {
      documentId,
      start,
      end: start + 'something worth keeping'.length,
      color: 'blue',
    });
    expect(created.ok).toBe(true);
    const replaced = await gloss.call('documents.replaceText', {
      id: documentId,
      text: 'Orphans\n\nAn entirely different text now.',
    });
    expect(replaced.ok).toBe(true);
    await gloss.page.reload();

    const review = new ReviewView(gloss.page);
    await review.button.click();
    await expect(review.quote).toHaveText('something worth keeping');
    await expect(review.card).toHaveAttribute('data-status', 'orphaned');
    await expect(review.dialog.getByTestId('review-orphan')).toBeVisible();
    await expect(review.status).toContainText('Its text is no longer in the document.');
  });
});
