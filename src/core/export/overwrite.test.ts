import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstExportTimeout, openExportFixture, pinnedAt, type ExportFixture } from './testing';

const firstUse = { timeout: firstExportTimeout };

/*
 * Issue 20: `gloss export --format csv --out thesis.docx` used to replace the thesis. A file
 * Gloss did not export is now left byte for byte unless the caller says `overwrite: true`, and
 * what Gloss writes is private.
 */

const modeOf = (file: string): number => statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

describe('export.write never replaces a file Gloss did not export', firstUse, () => {
  let library: ExportFixture;
  let out: string;
  beforeEach(async () => {
    library = await openExportFixture();
    out = path.join(library.dir, 'out');
    mkdirSync(out);
  });
  afterEach(() => library.close());

  const write = (format: 'json' | 'csv' | 'markdown', target: string, overwrite?: boolean) =>
    library.exporter.write({
      format,
      path: target,
      exportedAt: pinnedAt,
      ...(overwrite === undefined ? {} : { overwrite }),
    });

  it.each(['json', 'csv'] as const)(
    'leaves a user’s file byte for byte and mode for mode (%s)',
    async (format) => {
      const thesis = path.join(out, 'thesis.docx');
      const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0xfe]);
      writeFileSync(thesis, bytes);
      chmodSync(thesis, 0o600);
      await expect(write(format, thesis)).rejects.toMatchObject({
        code: 'would_overwrite',
        message: expect.stringContaining(`${thesis} is not a file Gloss exported`) as unknown,
      });
      expect(readFileSync(thesis)).toEqual(bytes);
      if (posix) expect(modeOf(thesis)).toBe(0o600);
      expect(readdirSync(out)).toEqual(['thesis.docx']);
    },
  );

  it('replaces a user’s file only when told to', async () => {
    const sheet = path.join(out, 'sheet.csv');
    writeFileSync(sheet, 'name,amount\r\nrent,900\r\n');
    const report = await write('csv', sheet, true);
    expect(report.written).toEqual([sheet]);
    expect(readFileSync(sheet, 'utf8')).toContain('document_title');
  });

  it('replaces its own JSON and CSV exports, in either format, keeping their mode', async () => {
    const file = path.join(out, 'library.json');
    await write('json', file);
    if (posix) expect(modeOf(file)).toBe(0o600);
    if (posix) chmodSync(file, 0o640);
    await write('csv', file);
    expect(readFileSync(file, 'utf8')).toContain('document_title');
    await write('json', file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ type: 'AnnotationCollection' });
    if (posix) expect(modeOf(file)).toBe(0o640);
  });

  it.runIf(posix)('creates every Markdown file and the manifest 0600', async () => {
    const folder = path.join(out, 'vault');
    await write('markdown', folder);
    const names = readdirSync(folder);
    expect(names).toContain('.gloss-export.json');
    for (const name of names) expect(modeOf(path.join(folder, name))).toBe(0o600);
  });
});
