import { expect, test } from './fixtures';
import { bundledArticle } from './support/bundled';

/** Whitespace-separated words in the article's blocks: body and section headings, not the title. */
const bundledWordCount = 449;

test('the side panel shows the open document’s details and no placeholders', async ({ gloss }) => {
  await gloss.library.open(bundledArticle.title);
  await expect(gloss.details.region).toBeVisible();
  await gloss.details.show();
  const panel = gloss.details.details;

  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`${bundledWordCount} words`);
  // Entities arrive in a later issue; until then the panel must not advertise them.
  await expect(panel).not.toContainText(/\b(entities|coming soon|placeholder)\b/i);
});
