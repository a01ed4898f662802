import { expect, test, type GlossApp } from './fixtures';
import { bundledArticle } from './support/bundled';

/*
 * A library too long to render whole (issue 21): the list renders the rows in view, announces
 * each row's place in the whole list, and a test reaches a document out of view through the
 * filter, as docs/AUTOMATION.md ("Library and Trash") says.
 */

const documentCount = 400;
const titleOf = (index: number): string => `Field report ${String(index).padStart(3, '0')}`;

/** Imports the reports through the core, oldest first, a few calls at a time. */
const importReports = async (gloss: GlossApp): Promise<void> => {
  for (let from = 1; from <= documentCount; from += 50) {
    const batch = Array.from({ length: 50 }, (_, offset) => from + offset);
    const results = await Promise.all(
      batch.map((index) =>
        gloss.call('documents.importText', {
          title: titleOf(index),
          text: `Report ${index} from the coast.\n\nThe harbour was quiet.`,
        }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
  }
};

test('a long library renders the rows in view, and the filter reaches one scrolled out of view', async ({
  gloss,
}) => {
  test.setTimeout(120_000);
  await importReports(gloss);
  // The window records opening the bundled article on its own; a reload before that would
  // open another document instead.
  await expect
    .poll(async () => {
      const list = await gloss.call('library.list', {});
      return list.ok && list.value.find((doc) => doc.title === bundledArticle.title)?.openedAt;
    })
    .toBeTruthy();
  await gloss.page.reload();
  const { library } = gloss;
  await expect(library.items.first()).toBeVisible();

  const total = documentCount + 1;
  await expect(gloss.page.locator('.pane-count')).toHaveText(String(total));
  expect(await library.items.count()).toBeLessThan(100);
  await expect(library.items.first()).toHaveAttribute('aria-posinset', '1');
  await expect(library.items.first()).toHaveAttribute('aria-setsize', String(total));

  // Newest first: the first report is at the foot of the list, far out of view.
  const oldest = titleOf(1);
  await expect(library.openButton(oldest)).toHaveCount(0);
  await library.filter.fill(oldest);
  await expect(library.items).toHaveCount(1);
  await expect(library.items.first()).toHaveAttribute('aria-setsize', '1');
  await library.open(oldest);
  await expect(gloss.reader.title).toHaveText(oldest);
});
