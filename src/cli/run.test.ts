import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, useTempDirs } from './testing';
import { importTestTimeout } from '../core/import/testing';

const runIn = async (dataDir: string, argv: string[]) => {
  const { code, out, err } = await runCliIn(argv, { dataDir });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('gloss CLI', { timeout: importTestTimeout }, () => {
  const tempDir = useTempDirs();

  it('lists the bundled article in a new library', async () => {
    const { code, out } = await runIn(tempDir(), ['list']);
    expect(code).toBe(0);
    expect(out).toContain('Former U.S. President Donald Trump has reintroduced');
  });

  it('imports text files and lists them', async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'essay.txt');
    writeFileSync(file, 'On Reading\n\nReading slowly is a habit worth keeping.\n');
    const imported = await runIn(dataDir, ['import', file]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('"On Reading"');
    expect((await runIn(dataDir, ['list'])).out).toContain('On Reading');
  });

  it('reports each bad file, imports the good ones and exits 1', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const empty = join(folder, 'empty.txt');
    const good = join(folder, 'good.txt');
    writeFileSync(empty, '   \n');
    writeFileSync(good, 'A short note worth keeping in the library.\n');
    const result = await runIn(dataDir, ['import', join(folder, 'missing.txt'), empty, good]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('missing.txt: there is no such file.');
    expect(result.err).toContain('“empty.txt” is empty: there is nothing to import.');
    expect(result.out).toContain('good.txt');
  });

  it('rejects an unknown command with a hint and touches nothing', async () => {
    const result = await runIn(tempDir(), ['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "frobnicate"');
  });
});
