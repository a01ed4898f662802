import { expect, test, type GlossApp } from './fixtures';
import { EntitiesPanel } from './pages/EntitiesPanel';
import { NotesPanel } from './pages/NotesPanel';
import { SearchBox } from './pages/SearchBox';

/*
 * Issue 17: text from files, notes and typing is shown as text everywhere, never as markup.
 * Each hostile string tries to run a script (setting window.pwned), to navigate, or to disguise
 * itself (a right-to-left override, zero-width characters). Where the UI shows a string, its
 * visible text is the string itself; no element, handler or link comes out of it.
 */

const html = '<img src=x onerror="window.pwned=1">';
const script = '<script>window.pwned=2</script>';
const url = 'javascript:window.pwned=3';
const rtl = 'invoice\u202Efdp.exe';
const zeroWidth = 'zero\u200Bwidth\u200D\uFEFFjoiner';
const title = `${html} ${url} ${rtl} ${zeroWidth}`;
/** Tags are one word (no \s, which holds U+FEFF): the same attacks without spaces. */
const tags = ['<img/src=x/onerror=window.pwned=4>', url, rtl, 'zero\u200Bwidth\u200Djoiner'];

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Nothing the strings carry became live: no handler, no script link, nothing ran. */
const expectNothingInjected = async (gloss: GlossApp): Promise<void> => {
  const { page } = gloss;
  await expect(page.locator('[onerror], img[src="x"], a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
};

test('hostile titles, text, notes, tags, entity names and searches show as text', async ({
  gloss,
}) => {
  test.setTimeout(120_000);
  const { page, library, reader } = gloss;
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const text =
    `Donald Trump met Angela Merkel in Berlin. ${html} and ${script} stay text.\n\n` +
    `The link ${url} leads nowhere, ${rtl} is a file name, ${zeroWidth} is one word.`;
  const doc = unwrap(await gloss.call('documents.importText', { title, text, source: url }));
  const body = unwrap(await gloss.call('documents.get', { id: doc.id }));
  const canonical = body.blocks.map((block) => block.text).join('\n\n');
  const start = canonical.indexOf('Angela Merkel');
  const highlight = unwrap(
    await gloss.call('highlights.create', {
      documentId: doc.id,
      start,
      end: start + 'Angela Merkel'.length,
      color: 'yellow',
    }),
  );
  const noteBody = `Note ${html} then [a link](${url}) and ${script} ${rtl} ${zeroWidth}`;
  unwrap(
    await gloss.call('notes.save', {
      documentId: doc.id,
      highlightId: highlight.id,
      body: noteBody,
      tags: [],
    }),
  );
  unwrap(await gloss.call('highlights.update', { id: highlight.id, tags }));
  await page.reload();

  // The title, in the library and the reader, and the source under it.
  await expect(library.openButton(title)).toHaveText(title);
  await expect(library.item(title)).toContainText(url);
  await library.open(title);
  await expect(reader.title).toHaveText(title);
  await expect(reader.paragraphs.first()).toContainText(`${html} and ${script} stay text.`);
  await expect(reader.paragraphs.nth(1)).toContainText(`${rtl} is a file name, ${zeroWidth} is`);
  await expectNothingInjected(gloss);

  // The note: Markdown without raw HTML (dropped, never rendered), its link as plain text; the
  // editor shows exactly what was written. Tags are shown as written.
  const notes = new NotesPanel(page);
  const item = notes.item(highlight.id);
  const rendered = item.locator('.note-body');
  // The script element's content is left as the words it is; its tags are dropped.
  await expect(rendered).toContainText(`then a link and window.pwned=2 ${rtl} ${zeroWidth}`);
  await expect(rendered.locator('a, img, script')).toHaveCount(0);
  await expect(item.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(tags);
  await item.locator('.note-quote').click();
  await item.getByRole('button', { name: 'Edit note' }).click();
  await expect(notes.noteBox).toHaveValue(noteBody);
  await item.getByRole('button', { name: 'Cancel' }).click();
  await expectNothingInjected(gloss);

  // An entity renamed to hostile text: in the list and on its card.
  const entities = new EntitiesPanel(page);
  await entities.show();
  await expect(entities.item('Angela Merkel')).toBeVisible({ timeout: 30_000 });
  const listed = unwrap(await gloss.call('entities.list', { documentId: doc.id }));
  const merkel = listed.entities.find((entity) => entity.canonical === 'Angela Merkel');
  if (!merkel) throw new Error('Angela Merkel was not found');
  const entityName = `${html} ${url} ${rtl}`;
  unwrap(await gloss.call('entities.rename', { entityId: merkel.id, canonical: entityName }));
  await page.reload();
  await library.open(title);
  await entities.show();
  const renamed = entities.region.locator(`button[data-entity-id="${merkel.id}"]`);
  await expect(renamed).toBeVisible({ timeout: 30_000 });
  await expect(renamed.locator('.entity-name')).toHaveText(entityName);
  await renamed.click();
  await expect(entities.cardName).toHaveText(entityName);
  await expectNothingInjected(gloss);

  // The search box: the query is echoed as text, the hits' snippets too.
  const search = new SearchBox(page);
  await search.search(html);
  await expect(search.options.first()).toBeVisible();
  await expect(search.input).toHaveValue(html);
  await search.input.fill(`${script}qqq`);
  await expect(search.noResults).toHaveText(`No results for “${script}qqq”.`);
  await expectNothingInjected(gloss);
});
