import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { warmUpCiteproc } from '../citations/testing';
import { blockIdFor } from '../../shared/export/names';
import { readExportedMarkdown } from '../../shared/export/testing';
import { GlossError } from '../../shared/result';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

const readFolder = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );

const rejection = async (promise: Promise<unknown>): Promise<GlossError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GlossError) return error;
    throw error;
  }
  throw new Error('expected a GlossError');
};

// index.md's bibliography loads citeproc and the APA style once, which takes seconds.
beforeAll(warmUpCiteproc, 60_000);

describe('export.write (Markdown)', () => {
  let library: ExportFixture;
  let out: string;
  beforeEach(async () => {
    library = await openExportFixture();
    out = path.join(library.dir, 'vault', 'gloss');
  });
  afterEach(() => library.close());

  const exportAll = () =>
    library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt });

  it('writes one file per document and an index, and every highlight, note and link reads back', async () => {
    const report = await exportAll();
    expect(report.documentCount).toBe(2);
    const files = readFolder(out);
    const documents = Object.entries(files).filter(
      ([name]) => name !== 'index.md' && name.endsWith('.md'),
    );
    expect(documents).toHaveLength(2);
    const seoulFile = documents.find(([, text]) => text.includes('gloss:\n  document: doc-1'));
    const read = readExportedMarkdown(seoulFile?.[1] ?? '');
    const stored = library.store.highlights.listByDocument(library.seoul);
    expect(read.highlights.map((h) => [h.quote, h.color, h.tags, h.blockId, h.section])).toEqual(
      stored.map((h) => [
        h.quote.exact,
        h.color,
        h.tags,
        blockIdFor(h.id),
        h.status === 'orphaned' ? 'Orphaned highlights' : 'Highlights',
      ]),
    );
    const citekey = read.frontMatter.citekey as string;
    expect(read.highlights.map((h) => h.citation)).toEqual(stored.map(() => `[@${citekey}]`));
    expect(read.blockIds).toEqual(expect.arrayContaining(stored.map((h) => blockIdFor(h.id))));
    expect(read.highlights[0]?.note).toContain('He met them.');
    expect(read.highlights[0]?.note).toContain('#follow-up');
    expect(read.documentNotes[0]?.text).toContain('#summary #asia');
    const seoul = read.entities.find((entity) => entity.name === 'Seoul');
    const docNote = library.store.notes.listByDocument(library.seoul).find((n) => !n.highlightId);
    // The manual link to the document note is there; the automatic link the user removed is not.
    expect(seoul?.links).toContain(
      `${seoulFile?.[0].replace(/\.md$/u, '')}#^${blockIdFor(docNote?.id ?? '')}`,
    );
    const removedLink = blockIdFor(stored[1]?.id ?? '');
    expect(seoul?.links.some((link) => link.endsWith(removedLink))).toBe(false);
    for (const link of read.entities.flatMap((entity) => entity.links)) {
      expect(read.blockIds).toContain(link.split('#^')[1]);
    }
    expect(new Set(read.blockIds).size).toBe(read.blockIds.length);
    expect(files['index.md']).toContain(`[[${seoulFile?.[0].replace(/\.md$/u, '')}]]`);
  });

  it('exports the same library byte for byte, and leaves other files of the folder alone', async () => {
    await exportAll();
    const first = readFolder(out);
    writeFileSync(path.join(out, 'my own note.md'), '# Mine\n');
    const again = await exportAll();
    expect(again.removed).toEqual([]);
    const second = readFolder(out);
    expect(second).toEqual({ ...first, 'my own note.md': '# Mine\n' });
  });

  it('never overwrites a foreign file that has the name it wants', async () => {
    await exportAll();
    const [name] = Object.keys(readFolder(out)).filter((n) => n.startsWith('seoul'));
    await exportAll();
    writeFileSync(path.join(out, name as string), 'not Gloss');
    const report = await exportAll();
    expect(readFileSync(path.join(out, name as string), 'utf8')).toBe('not Gloss');
    const seoulFiles = Object.keys(readFolder(out)).filter((n) => n.startsWith('seoul'));
    expect(seoulFiles).toHaveLength(2);
    expect(report.removed).toEqual([]);
  });

  it('removes its own files of documents that left the library, and keeps the Trash out', async () => {
    await exportAll();
    library.db
      .prepare(`UPDATE documents SET deleted_at = ? WHERE id = ?`)
      .run(pinnedAt, library.second);
    const report = await exportAll();
    expect(report.documentCount).toBe(1);
    expect(report.removed).toHaveLength(1);
    expect(Object.keys(readFolder(out)).some((name) => name.startsWith('a-second'))).toBe(false);
    const trashed = await rejection(
      library.exporter.write({ format: 'markdown', path: out, documentIds: [library.second] }),
    );
    expect(trashed.code).toBe('not_found');
  });

  it('exports chosen documents without touching the files of the others', async () => {
    await exportAll();
    const before = readFolder(out);
    const report = await library.exporter.write({
      format: 'markdown',
      path: out,
      documentIds: [library.second],
      exportedAt: pinnedAt,
    });
    expect(report.documentCount).toBe(1);
    expect(report.removed).toEqual([]);
    expect(readFolder(out)).toEqual(before);
  });

  it('refuses a file as the folder, an unknown document or a relative path, writing nothing', async () => {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, 'a file');
    const file = await rejection(exportAll());
    expect(file).toMatchObject({ code: 'invalid_input' });
    expect(file.message).toContain('is a file, not a folder');
    const elsewhere = path.join(library.dir, 'elsewhere');
    const unknown = await rejection(
      library.exporter.write({ format: 'markdown', path: elsewhere, documentIds: ['nope'] }),
    );
    expect(unknown.code).toBe('not_found');
    const relative = await rejection(library.exporter.write({ format: 'json', path: 'out.json' }));
    expect(relative.code).toBe('invalid_input');
    expect(readdirSync(library.dir)).not.toContain('elsewhere');
  });

  it('refuses a folder whose manifest is not Gloss’s', async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, '.gloss-export.json'), '{"something": "else"}');
    expect((await rejection(exportAll())).code).toBe('invalid_input');
    expect(readdirSync(out)).toEqual(['.gloss-export.json']);
  });
});
