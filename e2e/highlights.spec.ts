import type { Highlight } from '../src/shared/annotations';
import { expect, test, type GlossApp } from './fixtures';
import { HighlightToolbar } from './pages/HighlightToolbar';
import { bundledArticle } from './support/bundled';

const transactional = 'transactional approach to foreign policy';
const hosts = 'Japan and South Korea host';
const troopsA = 'Japan and South Korea host about 50,000';
const troopsB = 'South Korea host about 50,000 and 28,500 U.S. troops';

const bundledId = async (gloss: GlossApp): Promise<string> => {
  const listed = await gloss.call('library.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const doc = listed.value.find((item) => item.title === bundledArticle.title);
  if (!doc) throw new Error('the bundled article is missing');
  return doc.id;
};

/** What the core has stored: the truth the marks must agree with. */
const storedHighlights = async (gloss: GlossApp): Promise<Highlight[]> => {
  const listed = await gloss.call('annotations.list', { documentId: await bundledId(gloss) });
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.highlights;
};

/** Creates a highlight through the API over the first occurrence of `text`. */
const highlightByApi = async (gloss: GlossApp, text: string): Promise<Highlight> => {
  const documentId = await bundledId(gloss);
  const doc = await gloss.call('documents.get', { id: documentId });
  if (!doc.ok) throw new Error(doc.error.message);
  const start = doc.value.blocks
    .map((block) => block.text)
    .join('\n\n')
    .indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  const made = await gloss.call('highlights.create', {
    documentId,
    start,
    end: start + text.length,
    color: 'yellow',
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
};

const openArticle = async (gloss: GlossApp): Promise<void> => {
  await gloss.library.open(bundledArticle.title);
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
};

/** Drags over `text`, picks a colour, and returns the highlight once its mark is painted. */
const highlightByMouse = async (
  gloss: GlossApp,
  text: string,
  color: Highlight['color'],
): Promise<Highlight> => {
  const toolbar = new HighlightToolbar(gloss.page);
  await gloss.reader.dragSelect(text);
  await toolbar.color(color).click();
  await expect(toolbar.toolbar).toBeHidden();
  await expect(gloss.reader.marks.filter({ hasText: text })).toHaveCount(1);
  const made = (await storedHighlights(gloss)).find((item) => item.quote.exact === text);
  if (!made) throw new Error(`no stored highlight for "${text}"`);
  return made;
};

test.describe('highlighting in the reader', () => {
  test('a mouse drag opens the toolbar and a colour makes a mark', async ({ gloss }) => {
    await openArticle(gloss);
    const toolbar = new HighlightToolbar(gloss.page);
    await gloss.reader.dragSelect(transactional);
    await expect(toolbar.toolbar).toBeVisible();
    await expect(toolbar.color('yellow')).toHaveAttribute('aria-pressed', 'true');
    await expect(toolbar.addNote).toBeVisible();

    await toolbar.color('green').click();
    await expect(toolbar.toolbar).toBeHidden();
    const [stored, ...others] = await storedHighlights(gloss);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ color: 'green', quote: { exact: transactional } });
    const mark = gloss.reader.marksOf(stored?.id ?? 'missing');
    await expect(mark).toHaveText([transactional]);
    await expect(mark).toHaveAttribute('data-color', 'green');
    await expect(mark).toHaveAttribute('data-highlight-ids', stored?.id ?? '');

    // The colour picked last is the one `h` and the toolbar offer next.
    await gloss.reader.dragSelect(hosts);
    await expect(toolbar.color('green')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Shift+arrows select text and h highlights it', async ({ gloss }) => {
    await openArticle(gloss);
    await gloss.reader.clickBefore(hosts);
    for (let i = 0; i < hosts.length; i += 1) await gloss.page.keyboard.press('Shift+ArrowRight');
    expect(await gloss.reader.selectedText()).toBe(hosts);
    await expect(new HighlightToolbar(gloss.page).toolbar).toBeVisible();

    await gloss.page.keyboard.press('h');
    await expect(gloss.reader.marks).toHaveText([hosts]);
    await expect(gloss.reader.marks).toHaveAttribute('data-color', 'yellow');
    const stored = await storedHighlights(gloss);
    expect(stored.map((item) => item.quote.exact)).toEqual([hosts]);
    // The new highlight is the selected one.
    await expect(gloss.reader.selectedMarks).toHaveText([hosts]);
  });

  test('overlapping highlights share a segment and each stays clickable', async ({ gloss }) => {
    const outer = await highlightByApi(gloss, troopsB);
    const inner = await highlightByApi(gloss, troopsA);
    await gloss.page.reload();
    await openArticle(gloss);

    const shared = gloss.reader.content.locator(
      `mark[data-highlight-ids~="${inner.id}"][data-highlight-ids~="${outer.id}"]`,
    );
    await expect(shared).toHaveText(['South Korea host about 50,000']);
    // Innermost (shorter) first.
    await expect(shared).toHaveAttribute('data-highlight-ids', `${inner.id} ${outer.id}`);
    await expect(gloss.reader.marks).toHaveText([
      'Japan and ',
      'South Korea host about 50,000',
      ' and 28,500 U.S. troops',
    ]);

    await shared.click();
    await expect(gloss.reader.selectedMarks).toHaveText([
      'Japan and ',
      'South Korea host about 50,000',
    ]);
    await expect(gloss.reader.marksOf(inner.id).first()).toHaveAttribute('aria-current', 'true');
    await shared.click();
    await expect(gloss.reader.selectedMarks).toHaveText([
      'South Korea host about 50,000',
      ' and 28,500 U.S. troops',
    ]);
    await shared.click();
    await expect(gloss.reader.selectedMarks).toHaveText([
      'Japan and ',
      'South Korea host about 50,000',
    ]);
  });

  test('Delete removes the selected highlight; Ctrl+Z and Ctrl+Shift+Z undo and redo', async ({
    gloss,
  }) => {
    await openArticle(gloss);
    const made = await highlightByMouse(gloss, transactional, 'blue');
    const marks = gloss.reader.marksOf(made.id);

    await marks.click();
    await expect(marks).toHaveAttribute('data-selected', 'true');
    await gloss.page.keyboard.press('Delete');
    await expect(marks).toHaveCount(0);
    expect(await storedHighlights(gloss)).toEqual([]);

    await gloss.page.keyboard.press('ControlOrMeta+z');
    await expect(marks).toHaveText([transactional]);
    await expect(marks).toHaveAttribute('data-color', 'blue');
    expect((await storedHighlights(gloss)).map((item) => item.id)).toEqual([made.id]);

    await gloss.page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(marks).toHaveCount(0);
    expect(await storedHighlights(gloss)).toEqual([]);

    // Ctrl+Y redoes as well.
    await gloss.page.keyboard.press('ControlOrMeta+z');
    await expect(marks).toHaveText([transactional]);
    await gloss.page.keyboard.press('Control+y');
    await expect(marks).toHaveCount(0);
  });

  test('highlights and their colours survive a reload and a restart', async ({ gloss }) => {
    await openArticle(gloss);
    const green = await highlightByMouse(gloss, transactional, 'green');
    const purple = await highlightByMouse(gloss, hosts, 'purple');
    const expectMarks = async () => {
      await expect(gloss.reader.marksOf(green.id)).toHaveText([transactional]);
      await expect(gloss.reader.marksOf(green.id)).toHaveAttribute('data-color', 'green');
      await expect(gloss.reader.marksOf(purple.id)).toHaveText([hosts]);
      await expect(gloss.reader.marksOf(purple.id)).toHaveAttribute('data-color', 'purple');
      await expect(gloss.reader.marks).toHaveCount(2);
    };

    await gloss.page.reload();
    await openArticle(gloss);
    await expectMarks();

    await gloss.restart();
    await openArticle(gloss);
    await expectMarks();
  });

  test('? opens the keyboard shortcuts sheet; Escape closes it', async ({ gloss }) => {
    await openArticle(gloss);
    const sheet = gloss.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await gloss.reader.content.click();
    await gloss.page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Highlight the selection in the current colour');
    await expect(sheet).toContainText('Delete the selected highlight');
    await gloss.page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await gloss.reader.shortcutsButton.click();
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: 'Close' }).click();
    await expect(sheet).toBeHidden();
    await expect(gloss.reader.shortcutsButton).toBeFocused();
  });
});
