import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readExportedMarkdown } from '../src/shared/export/testing';
import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { bundledDocumentId, highlightThrough, NotesPanel } from './pages/NotesPanel';

// Formatting the first bibliography loads citation-js's CSL engine; give a loaded machine time.
test.describe.configure({ timeout: 120_000 });

const troops = 'Japan and South Korea host about 50,000 and 28,500 U.S. troops respectively.';
const reference =
  '@article{kim2025alliances,\n  author = {Kim, Min-jun and van der Berg, Jan},\n' +
  '  title = {Alliances in Economic Terms},\n  journal = {Asia Review},\n  year = {2025}\n}';

test('a highlight shows its Pandoc citation in Notes, and follows a new reference', async ({
  gloss,
}) => {
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, troops, 'yellow');
  await gloss.page.reload();
  const notes = new NotesPanel(gloss.page);
  await notes.show();
  const citation = notes.item(highlight.id).getByTestId('highlight-citation');
  const before = await gloss.call('references.get', { documentId });
  if (!before.ok) throw new Error(before.error.message);
  await expect(citation).toHaveText(`[@${before.value.citekey}]`);

  await gloss.details.show();
  const section = gloss.details.details.getByRole('group', { name: 'Reference' });
  await section.getByRole('button', { name: 'Paste reference…' }).click();
  await section.getByRole('textbox', { name: 'BibTeX, RIS or CSL-JSON' }).fill(reference);
  await section.getByRole('button', { name: 'Attach reference' }).click();
  await expect(section.getByRole('status')).toHaveText('Reference attached.');
  await notes.show();
  await expect(citation).toHaveText('[@kim2025alliances]');
});

test('the Export dialog writes the bibliography in the chosen style, and can leave citations out', async ({
  gloss,
}, testInfo) => {
  const documentId = await bundledDocumentId(gloss);
  await highlightThrough(gloss, documentId, troops, 'pink');
  const attached = await gloss.call('references.import', { documentId, text: reference });
  if (!attached.ok) throw new Error(attached.error.message);
  await gloss.page.reload();

  const dialog = new ExportDialog(gloss.page);
  const style = dialog.dialog.getByRole('combobox', { name: 'Bibliography style' });
  const cite = dialog.dialog.getByRole('checkbox', { name: /Cite each quote/u });
  const documentFile = (folder: string): string => {
    const name = readdirSync(folder).find((file) => file.endsWith('.md') && file !== 'index.md');
    return readFileSync(path.join(folder, name ?? ''), 'utf8');
  };

  await dialog.open();
  await expect(style).toHaveValue('apa');
  await style.selectOption({ label: 'Chicago (author-date)' });
  const chicago = testInfo.outputPath('chicago');
  await dialog.exportTo(chicago, 'Markdown', 'Whole library');
  await expect(dialog.status).toHaveText(`Exported 1 document to ${chicago}`);
  await dialog.close();
  const index = readFileSync(path.join(chicago, 'index.md'), 'utf8');
  // Chicago author-date puts the year after the authors without brackets; APA brackets it.
  expect(index).toContain('Kim, Min-jun, and Jan van der Berg. 2025.');
  expect(index).not.toContain('(2025)');
  const cited = readExportedMarkdown(documentFile(chicago));
  expect(cited.frontMatter).toMatchObject({ citekey: 'kim2025alliances', year: 2025 });
  // The citation closes the quote's line, before its block id.
  expect(documentFile(chicago)).toMatch(/ \[@kim2025alliances\] \^gloss-/u);

  await dialog.open();
  await style.selectOption({ label: 'APA (7th edition)' });
  await cite.uncheck();
  const apa = testInfo.outputPath('apa');
  await dialog.exportTo(apa, 'Markdown', 'Whole library');
  await expect(dialog.status).toHaveText(`Exported 1 document to ${apa}`);
  expect(readFileSync(path.join(apa, 'index.md'), 'utf8')).toContain(
    'Kim, M., & van der Berg, J. (2025).',
  );
  expect(documentFile(apa)).toContain(troops);
  expect(documentFile(apa)).not.toContain('[@kim2025alliances');
});
