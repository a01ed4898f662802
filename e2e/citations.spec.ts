import { expect, test } from './fixtures';
import { bundledArticle } from './support/bundled';

// The reference form is long; on a loaded machine filling it takes a while.
test.describe.configure({ timeout: 120_000 });

test('the Details tab edits the reference, refusing a wrong DOI or ISBN with a message', async ({
  gloss,
}) => {
  await gloss.library.open(bundledArticle.title);
  await gloss.details.show();
  const reference = gloss.details.details.getByRole('group', { name: 'Reference' });
  const key = await reference.getByTestId('citekey').textContent();
  await reference.getByRole('button', { name: 'Edit reference' }).click();
  const form = reference.getByRole('form', { name: 'Reference' });
  await form.getByRole('textbox', { name: 'DOI' }).fill('10.12/x');
  await form.getByRole('textbox', { name: 'ISBN' }).fill('978-0-306-40615-8');
  await expect(form.getByRole('alert').filter({ hasText: '“10.12/x” is not a DOI' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'it should be 7' })).toBeVisible();
  await form.getByRole('button', { name: 'Save reference' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'nothing was saved' })).toBeVisible();

  await form.getByRole('textbox', { name: 'DOI' }).fill('https://doi.org/10.1234/cost.5');
  await form.getByRole('textbox', { name: 'ISBN' }).fill('');
  await form.getByRole('button', { name: 'Add author' }).click();
  await form.getByRole('textbox', { name: 'author 1 family name' }).fill('van der Berg');
  await form.getByRole('textbox', { name: 'author 1 given name' }).fill('Jan');
  await form.getByRole('button', { name: 'Save reference' }).click();
  await expect(reference.getByRole('status')).toHaveText('Reference saved.');
  // The key stays what it was: only choosing one changes it.
  await expect(reference.getByTestId('citekey')).toHaveText(key ?? '');
  const documentId = (await gloss.call('library.list', {})).ok
    ? ((await gloss.call('library.list', {})) as { value: { id: string }[] }).value[0]?.id
    : undefined;
  const stored = await gloss.call('references.get', { documentId: documentId ?? '' });
  expect(stored).toMatchObject({
    ok: true,
    value: {
      reference: { DOI: '10.1234/cost.5', author: [{ family: 'van der Berg', given: 'Jan' }] },
    },
  });
});

test('a malformed pasted entry says where and changes nothing; a good one is attached', async ({
  gloss,
}) => {
  await gloss.library.open(bundledArticle.title);
  await gloss.details.show();
  const reference = gloss.details.details.getByRole('group', { name: 'Reference' });
  await reference.getByRole('button', { name: 'Paste reference…' }).click();
  const box = reference.getByRole('textbox', { name: 'BibTeX, RIS or CSL-JSON' });
  await box.fill('@article{x title = {A}}');
  await reference.getByRole('button', { name: 'Attach reference' }).click();
  await expect(reference.getByRole('alert')).toContainText('at line 1, column 12');
  await box.fill(
    '@article{kim2025tariffs,\n  author = {Kim, Min-jun},\n  title = {Tariffs},\n  year = {2025}\n}',
  );
  await reference.getByRole('button', { name: 'Attach reference' }).click();
  await expect(reference.getByRole('status')).toHaveText('Reference attached.');
  await expect(reference.getByTestId('citekey')).toHaveText('kim2025tariffs');
});
