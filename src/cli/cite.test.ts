import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, useTempDirs } from './testing';

const entry = `@article{smith2024reading,
  author = {Smith, Ann and van der Berg, Jan},
  title = {Reading Slowly},
  journaltitle = {Journal of Things},
  date = {2024-05},
  volume = {3},
  pages = {1--9},
  doi = {10.1234/things.3}
}
`;

describe('gloss cite', () => {
  const tempDir = useTempDirs();

  const firstDocument = async (dataDir: string) =>
    (await runCliIn(['list'], { dataDir })).out[0]?.split('\t')[0] ?? '';

  it('attaches a .bib entry and prints the reference in each format', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'ref.bib'), entry);
    const id = await firstDocument(dataDir);
    const attached = await runCliIn(['cite', id, '--from', 'ref.bib'], { dataDir, cwd });
    expect(attached).toMatchObject({ code: 0, err: [] });
    expect(attached.out.join('\n')).toMatch(/^@article\{smith2024reading,\n/u);
    const csl = await runCliIn(['cite', id, '--format', 'csl'], { dataDir });
    expect(JSON.parse(csl.out.join('\n'))).toMatchObject([
      { id: 'smith2024reading', DOI: '10.1234/things.3', volume: '3' },
    ]);
    const apa = await runCliIn(['cite', id, '--format', 'apa'], { dataDir });
    expect(apa.out).toEqual([
      'Smith, A., & van der Berg, J. (2024). Reading Slowly. Journal of Things, 3, 1–9. https://doi.org/10.1234/things.3',
    ]);
  }, 60_000);

  it('refuses a malformed entry saying where, and keeps the reference as it was', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const id = await firstDocument(dataDir);
    const before = await runCliIn(['cite', id], { dataDir });
    writeFileSync(join(cwd, 'bad.bib'), '@article{x,\n  title = {Open\n}\n');
    const refused = await runCliIn(['cite', id, '--from', 'bad.bib'], { dataDir, cwd });
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toContain('the “{” on line 1 is never closed');
    expect(await runCliIn(['cite', id], { dataDir })).toEqual(before);
  });

  it.each([
    [['cite'], 'give one document ID'],
    [['cite', 'x', '--format', 'mla'], '--format must be one of bibtex, csl, apa'],
    [['cite', 'nope'], 'no document with id "nope"'],
  ])('refuses %j with a clear message', async (argv, message) => {
    const result = await runCliIn(argv, { dataDir: tempDir() });
    expect(result.code).not.toBe(0);
    expect(result.err.join('\n')).toContain(message);
  });

  it('exports with a chosen style, or without citations', async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    const args = ['export', '--format', 'md', '--out', 'notes', '--style', 'chicago-author-date'];
    expect((await runCliIn(args, { dataDir, cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'notes', 'index.md'), 'utf8')).toContain(
      '_Chicago (author-date)_',
    );
    expect(readFileSync(join(cwd, 'notes', 'references.bib'), 'utf8')).toMatch(/^@/u);
    const wrong = await runCliIn([...args.slice(0, 5), '--style', 'mla'], { dataDir, cwd });
    expect(wrong.err.join('\n')).toContain('--style must be one of apa, chicago-author-date');
  }, 60_000);
});
