import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, useTempDirs } from './testing';
import { importTestTimeout } from '../core/import/testing';

describe('gloss export', { timeout: importTestTimeout }, () => {
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
    expect(files).toEqual(expect.arrayContaining(['references.bib', 'references.json']));
  }, 60_000); // index.md's APA bibliography: citeproc builds the APA style once, in seconds

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

  it('refuses to replace a file Gloss did not write unless --force, leaving it byte for byte', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const thesis = join(cwd, 'thesis.docx');
    writeFileSync(thesis, 'Chapter 1', { mode: 0o600 });
    const refused = await run(dataDir, cwd, ['export', '--format', 'csv', '--out', 'thesis.docx']);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `gloss export: ${thesis} is not a file Gloss exported, so Gloss left it as it was.\n` +
        'Give another --out, or add --force to replace it.',
    );
    expect(readFileSync(thesis, 'utf8')).toBe('Chapter 1');
    const forced = ['export', '--format', 'csv', '--out', 'thesis.docx', '--force'];
    expect((await run(dataDir, cwd, forced)).code).toBe(0);
    expect(readFileSync(thesis, 'utf8')).toContain('document_title');
    if (process.platform !== 'win32') expect(statSync(thesis).mode & 0o777).toBe(0o600);
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

  it('shows progress on stderr with --progress, and Ctrl+C leaves the destination as it was', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const args = ['export', '--format', 'json', '--out', 'lib.json', '--progress'];
    const shown = await runCliIn(args, { dataDir, cwd });
    expect(shown.code).toBe(0);
    expect(shown.err.at(-1)).toMatch(/^\[#+\] {2}1\/1/u);
    const before = readFileSync(join(cwd, 'lib.json'), 'utf8');

    const interrupt = new AbortController();
    interrupt.abort();
    const stopped = await runCliIn(['export', '--format', 'json', '--out', 'lib.json'], {
      dataDir,
      cwd,
      interrupted: interrupt.signal,
    });
    expect(stopped.code).toBe(130);
    expect(stopped.err).toEqual([
      `gloss export: cancelled; ${join(cwd, 'lib.json')} was left as it was.`,
    ]);
    expect(readFileSync(join(cwd, 'lib.json'), 'utf8')).toBe(before);
    expect(readdirSync(cwd)).toEqual(['lib.json']);
  });
});
