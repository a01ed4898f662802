import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, useTempDirs } from './testing';

// The first import or export in a process loads its parsers (jsdom, the Markdown and YAML
// stack) on demand: about 1 s alone, several on a busy machine.
const firstUse = { timeout: 30_000 };

describe('gloss export', firstUse, () => {
  const tempDir = useTempDirs();
  const run = async (dataDir: string, cwd: string, argv: string[]) => {
    const { code, out, err } = await runCliIn(argv, { dataDir, cwd });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('exports the library as Markdown into a folder relative to the working folder', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const args = [
      'export',
      '--format',
      'md',
      '--out',
      'notes',
      '--exported-at',
      '2025-01-01T00:00:00Z',
    ];
    const result = await run(dataDir, cwd, args);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`Exported 1 document to ${join(cwd, 'notes')}`);
    const files = readdirSync(join(cwd, 'notes')).sort();
    expect(files).toContain('index.md');
    expect(files.filter((name) => name.endsWith('.md'))).toHaveLength(2);
    const before = files.map((name) => readFileSync(join(cwd, 'notes', name), 'utf8'));
    expect((await run(dataDir, cwd, args)).code).toBe(0);
    expect(files.map((name) => readFileSync(join(cwd, 'notes', name), 'utf8'))).toEqual(before);
  });

  it('exports JSON and CSV into a file', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    expect(
      (await run(dataDir, cwd, ['export', '--format', 'json', '--out', 'lib.json'])).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'lib.json'), 'utf8'))).toMatchObject({
      type: 'AnnotationCollection',
    });
    expect((await run(dataDir, cwd, ['export', '--format', 'csv', '--out', 'lib.csv'])).code).toBe(
      0,
    );
    expect(readFileSync(join(cwd, 'lib.csv'), 'utf8')).toContain('document_title');
  });

  it.each([
    [['export', '--out', 'x'], 2, '--format must be one of md, json, csv'],
    [['export', '--format', 'md'], 2, '--out PATH is required'],
    [['export', '--format', 'pdf', '--out', 'x'], 2, '--format must be one of'],
    [['export', '--format', 'md', '--out', 'x', '--doc', 'nope'], 1, 'no document with id "nope"'],
    [['export', '--format', 'md', '--out', 'x', '--bogus'], 2, "Unknown option '--bogus'"],
  ])('refuses %j with a clear message and writes nothing', async (argv, code, message) => {
    const cwd = tempDir();
    const result = await run(tempDir(), cwd, argv);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
