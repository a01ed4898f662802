import { expect, test } from './fixtures';
import { bundledArticle } from './support/bundled';

const startsWith = (text: string): RegExp =>
  new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

test.describe('the bundled article on a fresh data directory', () => {
  test('is the one document in the library', async ({ gloss }) => {
    await expect(gloss.library.items).toHaveCount(1);
    await expect(gloss.library.openButton(bundledArticle.title)).toBeVisible();
  });

  test('reads with its derived title, its five sections and no web-page leftovers', async ({
    gloss,
  }) => {
    await gloss.library.open(bundledArticle.title);
    const { reader } = gloss;

    await expect(reader.title).toHaveText(bundledArticle.title);
    await expect(reader.sectionHeadings).toHaveText([...bundledArticle.sectionHeadings]);
    await expect(reader.paragraphs.first()).toHaveText(
      startsWith(bundledArticle.firstParagraphStart),
    );
    await expect(reader.paragraphs.last()).toHaveText(
      startsWith(bundledArticle.lastParagraphStart),
    );

    await expect(reader.content).not.toContainText('Read More:');
    await expect(reader.paragraphs.filter({ hasText: /^\s*Share\s*$/ })).toHaveCount(0);
  });

  test('shows the article in a read-only view', async ({ gloss }) => {
    await gloss.library.open(bundledArticle.title);
    await expect(gloss.reader.content).toHaveAttribute('contenteditable', 'false');
  });
});
