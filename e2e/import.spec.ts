import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type GlossApp } from './fixtures';
import { ImportPage, type ImportFixture } from './pages/ImportPage';
import { repoRoot } from './support/paths';

const bundledTitle =
  'Former U.S. President Donald Trump has reintroduced defense cost-sharing into ongoing ' +
  'tariff talks with key Asian allies';

const textFile: ImportFixture = {
  name: 'harbour.txt',
  content: 'Harbour Lights\n\nThe lights came on at dusk, one by one, along the quay.\n',
};
const markdownFile: ImportFixture = {
  name: 'birds.md',
  content:
    '---\nauthor: Ann Writer\n---\n# Birds of the Estuary\n\nHerons stand *very* still.\n\n' +
    '## Waders\n\n> Patience is the whole trick.\n\n- curlew\n- redshank\n',
};
const htmlFile: ImportFixture = {
  name: 'trains.html',
  content:
    '<!doctype html><html><head><title>Night Trains Return</title>' +
    '<meta name="author" content="Bo Reader">' +
    '<script>document.title = "script ran"; window.leaked = "script text";</script></head>' +
    '<body><article><h1>Night Trains Return</h1>' +
    '<p onclick="this.textContent = \'handler ran\'">Sleeper trains are back across Europe, ' +
    'and <a href="javascript:alert(1)">operators</a> report strong demand.</p>' +
    '<script>document.body.append("inline script text")</script>' +
    '<p>Vienna to Paris takes fourteen hours.</p></article></body></html>',
};

/** "Café déjà vu, señor" as Windows-1252 bytes, curly quotes included. */
const windows1252File: ImportFixture = {
  name: 'cafe.txt',
  content: Uint8Array.from([
    ...Buffer.from('Caf'),
    0xe9,
    ...Buffer.from(' Notes\n\n'),
    0x93,
    ...Buffer.from('D'),
    0xe9,
    ...Buffer.from('j'),
    0xe0,
    ...Buffer.from(' vu,'),
    0x94,
    ...Buffer.from(' said the se'),
    0xf1,
    ...Buffer.from('or in S'),
    0xe3,
    ...Buffer.from('o Paulo.\n'),
  ]),
};

const titles = async (gloss: GlossApp): Promise<string[]> => {
  const listed = await gloss.call('library.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.map((doc) => doc.title).sort();
};

test.describe('importing', () => {
  test('pasted text becomes a document that opens; empty text is refused', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.openPasteDialog();
    await importer.pasteDialog.getByRole('button', { name: 'Import' }).click();
    await expect(importer.pasteDialog.getByRole('alert')).toHaveText(
      'There is no text to import: paste or type it in the Text box.',
    );
    expect(await titles(gloss)).toEqual([bundledTitle]);
    await importer.pasteDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(importer.pasteDialog).toBeHidden();

    await importer.paste('Ships leave at dawn. The harbour is quiet by noon.', 'Harbour Days');
    await expect(importer.pasteDialog).toBeHidden();
    await expect(gloss.reader.title).toHaveText('Harbour Days');
    await expect(gloss.reader.content).toContainText('Ships leave at dawn.');
    await expect(gloss.library.item('Harbour Days')).toContainText('Pasted text');

    // Without a title, one is derived from the text.
    await importer.paste('Tides turn twice a day. Boats wait for them.');
    await expect(gloss.reader.title).toHaveText('Tides turn twice a day');
  });

  test('the Import menu works from the keyboard', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.menuButton.focus();
    await gloss.page.keyboard.press('ArrowDown');
    const menu = gloss.page.getByRole('menu', { name: 'Import' });
    await expect(menu.getByRole('menuitem', { name: 'Paste text…' })).toBeFocused();
    await gloss.page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Open files…' })).toBeFocused();
    await gloss.page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(importer.menuButton).toBeFocused();
    await gloss.page.keyboard.press('Enter');
    await gloss.page.keyboard.press('Enter');
    await expect(importer.pasteDialog).toBeVisible();
    await gloss.page.keyboard.press('Escape');
    await expect(importer.pasteDialog).toBeHidden();
    await expect(importer.menuButton).toBeFocused();
  });

  test('a text file imports and opens', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([textFile]);
    await expect(gloss.reader.title).toHaveText('Harbour Lights');
    await expect(gloss.reader.content).toHaveText(
      'The lights came on at dusk, one by one, along the quay.',
    );
    await expect(gloss.library.item('Harbour Lights')).toContainText('harbour.txt');
    // One file imported: no summary to dismiss.
    await expect(importer.summary).toBeHidden();
  });

  test('a Markdown file keeps its headings, quotes and list items', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([markdownFile]);
    await expect(gloss.reader.title).toHaveText('Birds of the Estuary');
    await expect(gloss.page.locator('.article-byline')).toHaveText('Ann Writer');
    await expect(gloss.reader.sectionHeadings).toHaveText(['Waders']);
    await expect(gloss.reader.content.locator('blockquote')).toHaveText(
      'Patience is the whole trick.',
    );
    await expect(gloss.reader.content.getByRole('listitem')).toHaveText(['curlew', 'redshank']);
    await expect(gloss.reader.content).toContainText('Herons stand very still.');
    await expect(gloss.reader.content).not.toContainText('*');
  });

  test('an HTML file shows its article and none of its scripts or handlers', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([htmlFile]);
    await expect(gloss.reader.title).toHaveText('Night Trains Return');
    await expect(gloss.page.locator('.article-byline')).toHaveText('Bo Reader');
    await expect(gloss.reader.paragraphs).toHaveText([
      'Sleeper trains are back across Europe, and operators report strong demand.',
      'Vienna to Paris takes fourteen hours.',
    ]);
    await gloss.reader.paragraphs.first().click();
    for (const leak of ['script', 'handler ran', 'alert', 'javascript']) {
      await expect(gloss.reader.content).not.toContainText(leak);
    }
    expect(await gloss.page.title()).not.toBe('script ran');
    expect(await gloss.page.locator('[onclick]').count()).toBe(0);
  });

  test('a Windows-1252 file shows its accented characters', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([windows1252File]);
    await expect(gloss.reader.title).toHaveText('Café Notes');
    await expect(gloss.reader.content).toHaveText('“Déjà vu,” said the señor in São Paulo.');
  });

  test('a batch imports the good files and lists each refused one', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([
      textFile,
      { name: 'empty.txt', content: '' },
      markdownFile,
      { name: 'archive.txt', content: Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0]) },
      htmlFile,
    ]);
    await expect(importer.summary).toBeVisible();
    await expect(importer.summary.getByRole('status')).toHaveText('Imported 3 of 5 files');
    await expect(importer.failures).toHaveCount(2);
    await expect(importer.failures.nth(0)).toContainText(
      '“empty.txt” is empty: there is nothing to import.',
    );
    await expect(importer.failures.nth(1)).toContainText(
      '“archive.txt” looks like a binary file, not text.',
    );
    for (const title of ['Harbour Lights', 'Birds of the Estuary', 'Night Trains Return']) {
      await expect(gloss.library.item(title)).toBeVisible();
    }
    await importer.summary.getByRole('button', { name: 'Dismiss' }).click();
    await expect(importer.summary).toBeHidden();
    expect(await titles(gloss)).toHaveLength(4);
  });

  test('a refused file shows why and leaves the library as it was', async ({ gloss }) => {
    const importer = new ImportPage(gloss.page);
    await importer.chooseFiles([{ name: 'report.docx', content: 'PK binary' }]);
    await expect(importer.summary.getByRole('status')).toHaveText('Could not import report.docx');
    await expect(importer.failures).toHaveText([
      '“report.docx” is not a file Gloss can import. Choose a text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) or EPUB (.epub) file.',
    ]);
    await expect(gloss.library.items).toHaveCount(1);
    await expect(gloss.reader.title).toHaveText(bundledTitle);
    expect(await titles(gloss)).toEqual([bundledTitle]);
  });

  test('files dropped on the window import like opened ones', async ({ gloss }) => {
    const dropped = await gloss.page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped Notes\n\nA file from the desktop.'], 'dropped.txt'));
      return data;
    });
    await gloss.page.dispatchEvent('body', 'dragenter', { dataTransfer: dropped });
    await expect(gloss.page.getByText('Drop files to import')).toBeVisible();
    await gloss.page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
    await expect(gloss.page.getByText('Drop files to import')).toBeHidden();
    await expect(gloss.reader.title).toHaveText('Dropped Notes');
  });

  test('the CLI imports into the data directory a test gives the app', async ({ gloss }, info) => {
    const file = info.outputPath('from-cli.md');
    writeFileSync(file, '# From the Command Line\n\nImported without a dialog.\n');
    const output = execFileSync(
      process.execPath,
      [join(repoRoot, 'out/main/cli.js'), 'import', file],
      {
        env: { ...process.env, GLOSS_DATA_DIR: gloss.dataDir },
        encoding: 'utf8',
      },
    );
    expect(output).toContain('"From the Command Line"');
    await gloss.page.reload();
    await expect(gloss.library.item('From the Command Line')).toBeVisible();
  });
});
