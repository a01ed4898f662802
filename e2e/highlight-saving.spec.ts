import { expect, test, type GlossApp } from './fixtures';
import { bundledArticle } from './support/bundled';

const hosts = 'Japan and South Korea host';

/** The bundled article's id, read from its library item (the only one on a fresh library). */
const bundledId = async (gloss: GlossApp): Promise<string> =>
  (await gloss.library.items.first().getAttribute('data-document-id')) ?? 'missing';

/** Opens the bundled article and selects `text` with Shift+arrows, ready for `h`. */
const selectInArticle = async (gloss: GlossApp, text: string): Promise<void> => {
  await gloss.library.open(bundledArticle.title);
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  await gloss.reader.clickBefore(text);
  for (let i = 0; i < text.length; i += 1) await gloss.page.keyboard.press('Shift+ArrowRight');
  expect(await gloss.reader.selectedText()).toBe(text);
};

test.describe('saving a new highlight', () => {
  test('the mark shows at once as not saved yet, then as saved', async ({ gloss }) => {
    test.skip(
      gloss.shell !== 'browser',
      'holds the save back with page.route, which sees only browser mode’s HTTP; Electron calls the core over IPC (the pending state itself is unit-tested in annotations/pending.test.ts)',
    );
    await selectInArticle(gloss, hosts);
    // Hold the save back, so the moment between the key press and the commit can be seen.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await gloss.page.route('**/api/highlights.create', async (route) => {
      await held;
      await route.continue();
    });

    await gloss.page.keyboard.press('h');
    const unsaved = gloss.reader.content.locator('mark[data-saved="false"]');
    await expect(unsaved).toHaveText([hosts]);
    // Not a saved highlight yet: no id for tests to find it by.
    await expect(gloss.reader.marks).toHaveCount(0);

    release();
    await expect(gloss.reader.marks).toHaveText([hosts]);
    await expect(gloss.reader.marks).toHaveAttribute('data-saved', 'true');
    await expect(unsaved).toHaveCount(0);
    const listed = await gloss.call('annotations.list', { documentId: await bundledId(gloss) });
    expect(listed.ok && listed.value.highlights.map((item) => item.quote.exact)).toEqual([hosts]);
  });

  test('a save the core refuses takes the mark away and says why', async ({ gloss }) => {
    await selectInArticle(gloss, hosts);
    // The document goes to the Trash behind the window's back: the core refuses the highlight.
    const deleted = await gloss.call('documents.delete', { id: await bundledId(gloss) });
    expect(deleted.ok).toBe(true);

    await gloss.page.keyboard.press('h');
    await expect(
      gloss.page
        .getByRole('complementary', { name: 'Document details' })
        .getByRole('alert')
        .filter({ hasText: 'The highlight was not saved:' }),
    ).toContainText('is in the Trash');
    await expect(gloss.reader.content.locator('mark')).toHaveCount(0);
  });
});
