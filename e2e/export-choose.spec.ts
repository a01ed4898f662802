import { expect, test } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';

// Three imports, a reload and an export: more than the default on a loaded machine.
test.describe.configure({ timeout: 90_000 });

test('Choose documents filters the library and exports only the documents ticked', async ({
  gloss,
}, testInfo) => {
  for (const title of ['Harbour report', 'Market prices', 'The harbour at night']) {
    const made = await gloss.call('documents.importText', {
      text: `${title}.\n\nA paragraph about ${title.toLowerCase()}.`,
      title,
    });
    if (!made.ok) throw new Error(made.error.message);
  }
  await gloss.page.reload();
  const dialog = new ExportDialog(gloss.page);
  await dialog.open();
  await dialog.dialog.getByRole('radio', { name: 'Choose documents' }).check();
  const documents = dialog.dialog.getByRole('group', { name: 'Documents to export' });
  const filter = documents.getByRole('searchbox', { name: 'Filter documents to export' });
  await filter.fill('harbour');
  await expect(documents.getByRole('checkbox')).toHaveCount(2);
  await documents.getByRole('checkbox', { name: 'The harbour at night' }).check();
  await filter.fill('market');
  await documents.getByRole('checkbox', { name: 'Market prices' }).check();
  await expect(documents).toContainText('2 of 4 chosen');
  await filter.fill('nothing like this');
  await expect(documents).toContainText('No document matches “nothing like this”.');

  const csv = testInfo.outputPath('chosen.csv');
  await dialog.exportTo(csv, 'CSV', 'Choose documents');
  await expect(dialog.status).toHaveText(`Exported 2 documents to ${csv}`);
});
