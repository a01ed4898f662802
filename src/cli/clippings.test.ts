import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTestTimeout } from '../core/import/testing';
import { kindleClippings, koreaderJson } from '../core/import/clippings/testing';
import { runCliIn, useTempDirs } from './testing';

describe('gloss import of highlights exports', { timeout: importTestTimeout }, () => {
  const tempDir = useTempDirs();

  it('tells a clippings file by its content, says what it added, and adds nothing the second time', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const clippings = join(folder, 'My Clippings.txt');
    writeFileSync(clippings, kindleClippings());
    const koreader = join(folder, 'walden.json');
    writeFileSync(koreader, koreaderJson());
    const first = await runCliIn(['import', clippings, koreader], { dataDir });
    expect(first.err).toEqual([]);
    expect(first.out).toEqual([
      `Imported ${clippings}: Kindle clippings: 2 books (2 new), 3 highlights and 1 note added, 1 extended highlight merged, 1 bookmark left out.`,
      `Imported ${koreader}: KOReader highlights: 1 book (1 new), 2 highlights and 1 note added.`,
    ]);
    const again = await runCliIn(['import', clippings], { dataDir });
    expect(again.out).toEqual([
      `Imported ${clippings}: Kindle clippings: 2 books (0 new), 0 highlights and 0 notes added, 3 already there, 1 extended highlight merged, 1 bookmark left out.`,
    ]);
    const listed = (await runCliIn(['list'], { dataDir })).out.join('\n');
    expect(listed).toContain('The Art of Reading');
    expect(listed).toContain('Walden');
  });

  it('refuses a truncated clippings file with the reason and imports nothing', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const cut = join(folder, 'My Clippings.txt');
    writeFileSync(cut, `${kindleClippings()}\uFEFFA book (B)\r\n- Your High`);
    const result = await runCliIn(['import', cut], { dataDir });
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `Could not import ${cut}: “My Clippings.txt” could not be imported: its last clipping (number 7) is cut short: the file looks truncated. Copy it from the Kindle again. Nothing was imported.`,
    ]);
    expect((await runCliIn(['list'], { dataDir })).out.join('\n')).not.toContain(
      'The Art of Reading',
    );
  });

  it('exports the highlights as an Anki deck', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const clippings = join(folder, 'My Clippings.txt');
    writeFileSync(clippings, kindleClippings());
    await runCliIn(['import', clippings], { dataDir });
    const deck = join(folder, 'deck.txt');
    const exported = await runCliIn(
      ['export', '--format', 'anki', '--out', deck, '--no-citations'],
      { dataDir },
    );
    expect(exported.code).toBe(0);
    const lines = readFileSync(deck, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('#separator:tab');
    expect(lines.filter((line) => !line.startsWith('#'))).toHaveLength(3);
  });
});
