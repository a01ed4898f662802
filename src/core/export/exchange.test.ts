import { createCitationsService } from '../citations/service';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExportService } from './service';
import { openTestLibrary, type TestLibrary } from '../library/testing';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

describe('JSON export and library.importJson', () => {
  let library: ExportFixture;
  let empty: TestLibrary;
  beforeEach(async () => {
    library = await openExportFixture();
    empty = await openTestLibrary();
  });
  afterEach(() => {
    library.close();
    empty.close();
  });

  const exportJson = async (from: TestLibrary, name: string): Promise<string> => {
    const file = path.join(library.dir, name);
    const { ensure } = createCitationsService(from.db, from.store);
    const exporter = createExportService(from.db, from.store, { references: ensure });
    await exporter.write({ format: 'json', path: file, exportedAt: pinnedAt });
    return readFileSync(file, 'utf8');
  };

  it('exports W3C Web Annotations that import into an empty library and export the same again', async () => {
    const first = await exportJson(library, 'first.json');
    const data = JSON.parse(first) as { type: string; first: { items: { motivation: string }[] } };
    expect(data.type).toBe('AnnotationCollection');
    expect(data.first.items.map((item) => item.motivation)).toContain('highlighting');
    expect(data.first.items.map((item) => item.motivation)).toContain('commenting');
    // Each document keeps its citation key and CSL-JSON reference, and the import keeps them.
    expect(first).toContain('"gloss:citekey": "seoul"');
    expect(first).toContain('"gloss:reference": {');

    const importer = createExportService(empty.db, empty.store);
    const report = importer.importJson(first);
    expect(report).toEqual({ documents: 2, highlights: 5, notes: 4, skipped: 0 });
    expect(await exportJson(empty, 'second.json')).toBe(first);
    // The same file again: every document is already there.
    expect(importer.importJson(first)).toEqual({
      documents: 0,
      highlights: 0,
      notes: 0,
      skipped: 2,
    });
  });

  it('writes the file, streamed a piece at a time, pretty-printed as one JSON value would be', async () => {
    const json = await exportJson(library, 'pretty.json');
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    const data = JSON.parse(json) as Record<string, unknown> & { total: number };
    expect(Object.keys(data).slice(-3)).toEqual(['gloss:documents', 'gloss:entities', 'first']);
    // 5 highlights and the 1 document note.
    expect(data.total).toBe(6);
  });

  it('skips a document of the file that waits in the Trash, leaving it there', async () => {
    const first = await exportJson(library, 'first.json');
    const importer = createExportService(empty.db, empty.store);
    importer.importJson(first);
    const [trashed] = empty.store.documents.list();
    if (!trashed) throw new Error('nothing imported');
    empty.store.trash.moveIn(trashed.id, pinnedAt);
    expect(importer.importJson(first)).toEqual({
      documents: 0,
      highlights: 0,
      notes: 0,
      skipped: 2,
    });
    expect(empty.store.trash.titleOf(trashed.id)).toBe(trashed.title);
  });

  it('refuses a file that is not a Gloss export, importing nothing', () => {
    const importer = createExportService(empty.db, empty.store);
    const before = empty.dump();
    for (const bad of ['not json', '{"type": "AnnotationCollection"}', '[]']) {
      expect(() => importer.importJson(bad)).toThrow(/not a Gloss library export/u);
    }
    expect(empty.dump()).toEqual(before);
  });

  it('refuses a highlight outside its text and rolls the whole import back', async () => {
    const data = JSON.parse(await exportJson(library, 'bad.json')) as {
      first: { items: { target: { selector?: { end?: number }[] } }[] };
    };
    const selector = data.first.items.at(-1)?.target.selector?.[0];
    if (selector) selector.end = 1_000_000;
    const importer = createExportService(empty.db, empty.store);
    const before = empty.dump();
    expect(() => importer.importJson(JSON.stringify(data))).toThrow(/outside/u);
    expect(empty.dump()).toEqual(before);
  });
});

describe('CSV export', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  it('writes one row per highlight and document note, quoting what needs quoting', async () => {
    const file = path.join(library.dir, 'notes.csv');
    writeFileSync(file, 'old content');
    // Not a Gloss export: replaced only when told to (see overwrite.test.ts).
    await library.exporter.write({ format: 'csv', path: file, overwrite: true });
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFtype,document_title,document_id,highlight_id,')).toBe(true);
    const lines = csv.split('\r\n');
    // 5 highlights + 1 document note + header + the empty string after the last CRLF.
    expect(csv.match(/\r\n(highlight|document note),/gu)).toHaveLength(6);
    expect(lines.at(-1)).toBe('');
    // A comma forces quotes; a newline inside a note stays inside its quoted field.
    expect(csv).toContain('"> A line that starts like a quote, with ==marks== and 100% ^caret."');
    expect(csv).toContain('"He **met** them.\n\n- point one\n- point two"');
    expect(csv).toContain(',"The whole piece, in *one* note.",summary asia,');
    expect(lines[0]?.endsWith(',created,citekey,citation,reference,page')).toBe(true);
    expect(csv).toContain(
      ',seoul,[@seoul],"{""type"":""document"",""title"":""Seoul: talks & “costs”""}"',
    );
  });
});
