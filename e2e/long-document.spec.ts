import { expect, test } from './fixtures';
import { SearchBox } from './pages/SearchBox';

// A book-length text: importing, opening and drawing it take a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const title = 'A long field journal';
/** About 400 KB: far more than the reader draws for its first screens. */
const longText = (): string => {
  const paragraphs = Array.from(
    { length: 1_600 },
    (_, index) =>
      `Entry ${index + 1}. The tide came in over the flats while the birds moved along the ` +
      `shore, feeding where the water had just left the mud, and the wind turned to the west.`,
  );
  paragraphs.push('The last entry names the kittiwake, seen once, at dusk.');
  return paragraphs.join('\n\n');
};

test('a long text shows its first page at once, then all of it: the end is found, marked and highlighted', async ({
  gloss,
}) => {
  const text = longText();
  const made = await gloss.call('documents.importText', { text, title });
  if (!made.ok) throw new Error(made.error.message);
  const lastWords = 'seen once, at dusk';
  const start = text.indexOf(lastWords);
  const saved = await gloss.call('highlights.create', {
    documentId: made.value.id,
    start,
    end: start + lastWords.length,
    color: 'green',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await gloss.page.reload();
  await gloss.library.open(title);

  const content = gloss.page.getByTestId('reader-content');
  await expect(content.getByText('Entry 1. The tide came in', { exact: false })).toBeVisible();
  // Drawn to the end in steps; the reader says it is busy until then.
  await expect(content).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  await expect(content.locator('p')).toHaveCount(1_601);
  await expect(content.locator(`mark[data-highlight-ids="${saved.value.id}"]`)).toHaveText(
    lastWords,
  );

  const search = new SearchBox(gloss.page);
  await search.search('kittiwake');
  await search.input.press('Enter');
  const hit = text.indexOf('kittiwake');
  await expect.poll(() => search.markedRange()).toBe(`${hit}-${hit + 'kittiwake'.length}`);
  await expect.poll(() => search.markInView()).toEqual({ text: 'kittiwake', inView: true });
});
