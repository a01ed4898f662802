import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitStaged, stageChunks } from './files';
import { ExportCancelled } from './progress';

/** Pieces of a file larger than one write, so it is written in several. */
function* pieces(count: number): Generator<string> {
  for (let index = 0; index < count; index += 1) yield `${'x'.repeat(99_999)}\n`;
}

describe('a file written a piece at a time (stageChunks)', () => {
  let dir: string;
  let target: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gloss-chunks-'));
    target = path.join(dir, 'library.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every piece aside, private, and puts it in place only when committed', async () => {
    let writes = 0;
    const staged = await stageChunks(target, pieces(25), async () => {
      writes += 1;
    });
    expect(writes).toBeGreaterThan(1);
    expect(readdirSync(dir)).toEqual([path.basename(staged.temp)]);
    await commitStaged(staged);
    expect(readFileSync(target, 'utf8')).toBe([...pieces(25)].join(''));
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('stopped between two writes, it removes what it wrote and leaves the old file', async () => {
    writeFileSync(target, 'the previous export');
    const stopped = stageChunks(target, pieces(25), async () => {
      throw new ExportCancelled();
    });
    await expect(stopped).rejects.toBeInstanceOf(ExportCancelled);
    expect(readdirSync(dir)).toEqual(['library.json']);
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
  });
});
