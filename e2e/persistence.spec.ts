import { expect, test } from './fixtures';
import { bundledArticle } from './support/bundled';

test.describe('the library across a restart', () => {
  test('a deleted bundled article does not come back (it stays in the Trash)', async ({
    gloss,
  }) => {
    await expect(gloss.library.items).toHaveCount(1);
    await gloss.library.delete(bundledArticle.title);
    await expect(gloss.library.items).toHaveCount(0);

    await gloss.restart();

    // Ask the core first, so the UI check below cannot pass merely because the list is still loading.
    expect(await gloss.call('library.list', {})).toEqual({ ok: true, value: [] });
    // It waits in the Trash until that is emptied.
    const trash = await gloss.call('trash.list', {});
    expect(trash.ok && trash.value.map((doc) => doc.title)).toEqual([bundledArticle.title]);
    await expect(gloss.library.items).toHaveCount(0);
    await expect(gloss.library.openButton(bundledArticle.title)).toHaveCount(0);
  });

  test('a library with the article and an imported text survives', async ({ gloss }) => {
    await expect(gloss.library.items).toHaveCount(1);
    const imported = await gloss.call('documents.importText', {
      text: 'Persistence check\n\nThis text was imported before a restart and must still be here.',
      title: 'Persistence check',
    });
    expect(imported.ok).toBe(true);

    await gloss.restart();

    await expect(gloss.library.items).toHaveCount(2);
    await expect(gloss.library.openButton('Persistence check')).toBeVisible();
    await gloss.library.open(bundledArticle.title);
    await expect(gloss.reader.title).toHaveText(bundledArticle.title);
    await expect(gloss.reader.sectionHeadings).toHaveCount(bundledArticle.sectionHeadings.length);
  });
});
