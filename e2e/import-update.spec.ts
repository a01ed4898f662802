import { expect, test, type GlossApp } from './fixtures';
import { ImportPage, type ImportFixture } from './pages/ImportPage';
import { highlightThrough, NotesPanel } from './pages/NotesPanel';

const kept = 'The heron stood in the shallow water.';
const reworded = 'It waited for a fish to pass by.';
const rewording = 'It waited a long time for a fish to pass.';
const notesFile = (...paragraphs: string[]): ImportFixture => ({
  name: 'field-notes.md',
  content: `---\nauthor: Ann Writer\n---\n# Field Notes\n\n${paragraphs.join('\n\n')}\n`,
});
const firstVersion = notesFile(kept, reworded);
const secondVersion = notesFile('At dawn on the estuary.', kept, rewording);

const library = async (gloss: GlossApp) => {
  const listed = await gloss.call('library.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.filter((doc) => doc.title === 'Field Notes');
};

/** Imports the first version through the UI and highlights two of its sentences. */
const importHighlighted = async (gloss: GlossApp, importer: ImportPage) => {
  await importer.chooseFiles([firstVersion]);
  await expect(gloss.reader.title).toHaveText('Field Notes');
  const [doc] = await library(gloss);
  if (!doc) throw new Error('Field Notes was not imported');
  const heron = await highlightThrough(gloss, doc.id, kept, 'green');
  const fish = await highlightThrough(gloss, doc.id, reworded, 'blue');
  return { documentId: doc.id, heron, fish };
};

const question = (gloss: GlossApp) =>
  gloss.page.getByRole('dialog', { name: 'A new version of “Field Notes”?' });

test.describe('importing a new version of a document', () => {
  test('asks, updates the document with its highlights following, and reports', async ({
    gloss,
  }) => {
    const importer = new ImportPage(gloss.page);
    const { documentId, heron, fish } = await importHighlighted(gloss, importer);

    await importer.chooseFiles([secondVersion]);
    const asked = question(gloss);
    await expect(asked).toBeVisible();
    await expect(asked).toContainText(
      'field-notes.md matches “Field Notes” in your library: it has the same file name.',
    );
    const update = asked.getByRole('button', {
      name: 'Update “Field Notes” (its 2 highlights follow)',
    });
    // The safe default is where the keyboard starts: every update can be undone.
    await expect(update).toBeFocused();
    await expect(asked.getByRole('checkbox')).toHaveCount(0);
    await update.click();

    const report = gloss.page.getByRole('dialog', { name: 'Updated “Field Notes”' });
    await expect(report.getByRole('definition')).toHaveText([
      /^1\s*on their words$/u,
      /^0\s*to where their passage moved$/u,
      /^1\s*some words changed$/u,
      /^0\s*their words are gone$/u,
    ]);
    await expect(report.getByRole('button', { name: 'Done' })).toBeFocused();
    await report.getByRole('button', { name: 'Done' }).click();
    await expect(report).toBeHidden();

    // One document, now the new version, its highlights on their words.
    expect(await library(gloss)).toHaveLength(1);
    await expect(gloss.reader.content).toContainText('At dawn on the estuary.');
    const listed = await gloss.call('annotations.list', { documentId });
    const highlights = listed.ok ? listed.value.highlights : [];
    expect(highlights.find((h) => h.id === heron.id)?.quote.exact).toBe(kept);
    expect(highlights.find((h) => h.id === fish.id)).toMatchObject({
      quote: { exact: rewording },
      editedFrom: reworded,
    });
    const notes = new NotesPanel(gloss.page);
    await notes.show();
    await expect(notes.item(fish.id).locator('.note-quote')).toHaveText(rewording);
    await expect(notes.item(fish.id).getByRole('deletion')).toHaveText(reworded);
  });

  test('Add as a new document keeps both; Escape imports nothing', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importHighlighted(gloss, importer);

    await importer.chooseFiles([secondVersion]);
    await expect(question(gloss)).toBeVisible();
    await gloss.page.keyboard.press('Escape');
    await expect(question(gloss)).toBeHidden();
    expect(await library(gloss)).toHaveLength(1);

    await importer.chooseFiles([secondVersion]);
    await question(gloss).getByRole('button', { name: 'Add as a new document' }).click();
    await expect(gloss.page.getByTestId('update-report')).toHaveCount(0);
    await expect.poll(async () => (await library(gloss)).length).toBe(2);
    const [first, second] = await library(gloss);
    expect([first?.highlightCount, second?.highlightCount].sort()).toEqual([0, 2]);
  });

  test('one answer can stand for the other matching files of a batch', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    const other = (text: string): ImportFixture => ({
      name: 'tides.md',
      content: `# Tides\n\n${text}\n`,
    });
    await importer.chooseFiles([firstVersion, other('The tide turned at noon.')]);
    await importer.summary.getByRole('button', { name: 'Dismiss' }).click();

    await importer.chooseFiles([secondVersion, other('The tide turned at one.')]);
    const asked = question(gloss);
    await asked
      .getByRole('checkbox', {
        name: 'Do the same for the other matching files of this import (1 more file)',
      })
      .check();
    await asked.getByRole('button', { name: /^Update/u }).click();
    const report = gloss.page.getByRole('dialog', { name: 'Updated 2 documents' });
    await expect(report.getByRole('heading')).toHaveText(['“Field Notes”', '“Tides”']);
    await report.getByRole('button', { name: 'Undo the update of “Tides”' }).click();
    // What is left is one update, named as such.
    const left = gloss.page.getByRole('dialog', { name: 'Updated “Field Notes”' });
    await expect(left.getByRole('region', { name: '“Field Notes”' })).toBeVisible();
    await expect(left.getByRole('region')).toHaveCount(1);
    await left.getByRole('button', { name: 'Done' }).click();
    const listed = await gloss.call('library.list', {});
    const tides = listed.ok ? listed.value.filter((doc) => doc.title === 'Tides') : [];
    expect(tides).toHaveLength(1);
    const text = tides[0] && (await gloss.call('documents.get', { id: tides[0].id }));
    expect(text && text.ok && text.value.blocks.map((block) => block.text)).toEqual([
      'The tide turned at noon.',
    ]);
  });
});
