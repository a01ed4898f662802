import { expect, test } from './fixtures';
import { bundledArticle } from './support/bundled';

/** Whitespace-separated words in the article's blocks: body and section headings, not the title. */
const bundledWordCount = 449;

test('the side panel shows the open document’s details and no placeholders', async ({ gloss }) => {
  await gloss.library.open(bundledArticle.title);
  const panel = gloss.details.region;

  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`${bundledWordCount} words`);
  // Notes and entities arrive in later issues; until then the panel must not advertise them.
  await expect(panel).not.toContainText(/\b(notes?|entities|coming soon|placeholder)\b/i);
});
