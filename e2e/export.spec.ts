import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blockIdFor } from '../src/shared/export/names';
import { readExportedMarkdown } from '../src/shared/export/testing';
import { expect, test, type GlossApp } from './fixtures';
import { ExportDialog } from './pages/ExportDialog';
import { bundledDocumentId, highlightThrough } from './pages/NotesPanel';

const opening = 'signaling a return to his transactional approach to foreign policy';
const troops = 'Japan and South Korea host about 50,000 and 28,500 U.S. troops respectively.';
const russel = '“Trump sees alliances in economic terms,” said Danny Russel';

const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Highlights with tags, a note on one, a document note linked by hand to an entity. */
const annotate = async (gloss: GlossApp, documentId: string) => {
  const first = await highlightThrough(gloss, documentId, opening, 'yellow');
  const second = await highlightThrough(gloss, documentId, troops, 'pink');
  const third = await highlightThrough(gloss, documentId, russel, 'blue');
  ok(await gloss.call('highlights.update', { id: second.id, tags: ['troops', 'asia'] }));
  const note = ok(
    await gloss.call('notes.save', {
      documentId,
      highlightId: second.id,
      body: 'Numbers to **check** against #sources.',
      tags: ['verify'],
    }),
  );
  const docNote = ok(
    await gloss.call('notes.save', {
      documentId,
      highlightId: null,
      body: 'The piece in one line.',
      tags: ['summary'],
    }),
  );
  let entities = ok(await gloss.call('entities.list', { documentId }));
  while (entities.state === 'extracting') {
    entities = ok(await gloss.call('entities.list', { documentId }));
  }
  const entity = entities.entities.find((candidate) => !candidate.hidden);
  if (!entity) throw new Error('The bundled article has no entity.');
  ok(await gloss.call('noteLinks.add', { noteId: docNote.id, entityId: entity.id }));
  return { highlights: [first, second, third], note, docNote, entity };
};

test('an export made in the dialog is Markdown a parser reads everything back from', async ({
  gloss,
}, testInfo) => {
  const documentId = await bundledDocumentId(gloss);
  const made = await annotate(gloss, documentId);
  const folder = testInfo.outputPath('vault');
  await gloss.page.reload();

  const dialog = new ExportDialog(gloss.page);
  await dialog.open();
  await dialog.exportTo(folder, 'Markdown', 'Whole library');
  await expect(dialog.status).toHaveText(`Exported 1 document to ${folder}`);

  const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
  expect(files).toContain('index.md');
  const documentFile = files.find((name) => name !== 'index.md') as string;
  const read = readExportedMarkdown(readFileSync(path.join(folder, documentFile), 'utf8'));
  expect(read.frontMatter).toMatchObject({ gloss: { document: documentId } });
  expect(read.frontMatter.tags).toEqual(['asia', 'summary', 'troops', 'verify']);
  // Every highlight, in reading order, with its colour, tags and block id.
  expect(
    read.highlights.map(({ quote, color, tags, blockId }) => ({ quote, color, tags, blockId })),
  ).toEqual([
    {
      quote: opening,
      color: 'yellow',
      tags: [],
      blockId: blockIdFor(made.highlights[0]?.id ?? ''),
    },
    {
      quote: troops,
      color: 'pink',
      tags: ['troops', 'asia'],
      blockId: blockIdFor(made.highlights[1]?.id ?? ''),
    },
    { quote: russel, color: 'blue', tags: [], blockId: blockIdFor(made.highlights[2]?.id ?? '') },
  ]);
  // The note under its quote, as Markdown (bold, not asterisks), its text and tags as written.
  expect(read.highlights[1]?.note).toBe('Numbers to check against #sources.\n\n#verify');
  expect(read.documentNotes).toEqual([
    {
      text: `The piece in one line.\n\n#summary ^${blockIdFor(made.docNote.id)}`,
      blockId: blockIdFor(made.docNote.id),
    },
  ]);
  const linked = read.entities.find((entity) => entity.name === made.entity.canonical);
  expect(linked?.type).toBe(made.entity.type);
  expect(linked?.links).toContain(
    `${documentFile.replace(/\.md$/u, '')}#^${blockIdFor(made.docNote.id)}`,
  );
  for (const link of read.entities.flatMap((entity) => entity.links)) {
    expect(read.blockIds).toContain(link.split('#^')[1]);
  }
  expect(new Set(read.blockIds).size).toBe(read.blockIds.length);
  expect(readFileSync(path.join(folder, 'index.md'), 'utf8')).toContain(
    `[[${documentFile.replace(/\.md$/u, '')}]]`,
  );
});

test('the dialog shows why an export failed and stays open', async ({ gloss }, testInfo) => {
  const blocker = testInfo.outputPath('a-file.txt');
  writeFileSync(blocker, 'not a folder');
  const dialog = new ExportDialog(gloss.page);
  await dialog.open();
  await dialog.exportTo(blocker, 'Markdown', 'This document');
  await expect(dialog.error).toContainText('is a file, not a folder');
  await expect(dialog.dialog).toBeVisible();
  expect(readFileSync(blocker, 'utf8')).toBe('not a folder');

  const csv = testInfo.outputPath('highlights.csv');
  await dialog.exportTo(csv, 'CSV', 'This document');
  await expect(dialog.status).toHaveText(`Exported 1 document to ${csv}`);
  expect(readFileSync(csv, 'utf8')).toContain('document_title');
  await dialog.close();
});

test('the dialog asks, naming the file, before replacing a file Gloss did not export', async ({
  gloss,
}, testInfo) => {
  const thesis = testInfo.outputPath('thesis.docx');
  writeFileSync(thesis, 'Chapter 1: everything I wrote this year');
  const dialog = new ExportDialog(gloss.page);
  await dialog.open();
  await dialog.exportTo(thesis, 'CSV', 'This document');
  const confirm = gloss.page.getByRole('alertdialog', { name: 'Replace “thesis.docx”?' });
  await expect(confirm).toContainText(`${thesis} is not a file Gloss exported`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(readFileSync(thesis, 'utf8')).toBe('Chapter 1: everything I wrote this year');

  await dialog.dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog.status).toHaveText(`Exported 1 document to ${thesis}`);
  expect(readFileSync(thesis, 'utf8')).toContain('document_title');
  await dialog.close();
});
