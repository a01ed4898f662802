import { expect, test, type GlossApp } from './fixtures';
import { bundledDocumentId, canonicalTextOf, highlightThrough } from './pages/NotesPanel';
import { SearchBox } from './pages/SearchBox';
import { bundledArticle } from './support/bundled';

/** A second document, so results must say which document a hit is in. */
const importOther = async (gloss: GlossApp): Promise<string> => {
  const imported = await gloss.call('documents.importText', {
    title: 'Harbour report',
    text: 'Ships wait outside the harbour.\n\nThe pressure on the port keeps rising.',
  });
  if (!imported.ok) throw new Error(imported.error.message);
  return imported.value.id;
};

test('a word from the article: grouped result, marked snippet, then marked in the reader', async ({
  gloss,
}) => {
  const search = new SearchBox(gloss.page);
  const documentId = await bundledDocumentId(gloss);
  const text = await canonicalTextOf(gloss, documentId);
  await importOther(gloss);
  await gloss.page.reload();
  await gloss.library.open('Harbour report');

  await gloss.page.keyboard.press('Control+k');
  await expect(search.input).toBeFocused();
  await search.search('reignited');
  await expect(search.results.getByRole('group')).toHaveCount(1);
  const group = search.group(bundledArticle.title);
  await expect(group).toHaveAccessibleName(`${bundledArticle.title}, 1 hit`);
  const option = group.getByRole('option');
  await expect(option).toHaveCount(1);
  await expect(option).toHaveAccessibleName(/^Text: .*reignited/);
  await expect(search.marked(option)).toHaveText(['reignited']);

  await search.input.press('Enter');
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  const start = text.indexOf('reignited');
  await expect.poll(() => search.markedRange()).toBe(`${start}-${start + 'reignited'.length}`);
  await expect.poll(() => search.markInView()).toEqual({ text: 'reignited', inView: true });
  await expect(search.results).toBeHidden();

  // Escape with the list closed clears the search, and the mark with it.
  await search.input.press('Escape');
  await expect(search.input).toHaveValue('');
  await expect.poll(() => search.markedRange()).toBeNull();
});

test('a note’s words find it, and choosing it opens its document at the highlight', async ({
  gloss,
}) => {
  const search = new SearchBox(gloss.page);
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, 'Pentagon leaders');
  await gloss.call('notes.save', {
    documentId,
    highlightId: highlight.id,
    body: 'Ask about the zeppelin budget.',
    tags: [],
  });
  await importOther(gloss);
  await gloss.page.reload();
  await gloss.library.open('Harbour report');

  await search.search('zeppelin');
  const option = search.group(bundledArticle.title).getByRole('option');
  await expect(option).toHaveAccessibleName('Note: Ask about the zeppelin budget.');
  await expect(search.marked(option)).toHaveText(['zeppelin']);
  await option.click();

  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  await expect.poll(() => search.markedRange()).toBe(`${highlight.start}-${highlight.end}`);
  await expect.poll(() => search.markInView()).toEqual({ text: 'Pentagon leaders', inView: true });
});

test('prefixes while typing, and quoted phrases', async ({ gloss }) => {
  const search = new SearchBox(gloss.page);
  await importOther(gloss);
  await gloss.page.reload();

  await search.search('reignit');
  await expect(search.marked(search.options.first())).toHaveText(['reignited']);

  await search.search('"pressure campaign"');
  await expect(search.results.getByRole('group')).toHaveCount(1);
  await expect(search.marked(search.options.first())).toHaveText(['pressure campaign']);

  // The words are in both documents, but follow each other in neither this way round.
  await search.search('"campaign pressure"');
  await expect(search.noResults).toHaveText('No results for “"campaign pressure"”.');
});

test('no results, and input SQLite would choke on, say so without an error', async ({ gloss }) => {
  const search = new SearchBox(gloss.page);
  await search.search('qwxyzzy');
  await expect(search.noResults).toHaveText('No results for “qwxyzzy”.');

  for (const input of ['"unbalanced', 'AND OR *', 'NEAR(', '*', '"']) {
    await search.input.fill(input);
    await expect(search.results.or(search.noResults)).toBeVisible();
    await expect(gloss.page.getByRole('alert')).toHaveCount(0);
  }
  // Words that are also FTS5 operators are searched as words.
  await search.search('AND NOT *');
  await expect(search.group(bundledArticle.title)).toBeVisible();
  await expect(search.marked(search.options.first())).toContainText(['and']);
});

test('arrow keys move through the results and / focuses the box', async ({ gloss }) => {
  const search = new SearchBox(gloss.page);
  await gloss.page.getByTestId('reader-content').click();
  await gloss.page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await search.search('Japan ');
  const count = await search.options.count();
  expect(count).toBeGreaterThan(1);
  await expect(search.options.first()).toHaveAttribute('aria-selected', 'true');
  await search.input.press('ArrowDown');
  await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute(
    'aria-activedescendant',
    (await search.options.nth(1).getAttribute('id')) ?? '',
  );
  await search.input.press('ArrowUp');
  await search.input.press('ArrowUp');
  await expect(search.options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await search.input.press('Escape');
  await expect(search.results).toBeHidden();
  await expect(search.input).toHaveValue('Japan ');
});
