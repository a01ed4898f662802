import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn, useTempDirs } from './testing';

const version1 =
  'Field Notes\n\nThe heron stood in the shallow water.\n\nIt waited for a fish to pass by.\n\nThe light went.\n';
const version2 =
  'Field Notes\n\nThe heron stood in the shallow water.\n\nIt waited a long time for a fish to pass.\n';

// The first import of a run starts the bounded import worker, which loads its parsers.
describe('gloss update', { timeout: 30_000 }, () => {
  const tempDir = useTempDirs();

  const setUp = async () => {
    const dataDir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'heron.txt'), version1);
    writeFileSync(join(cwd, 'heron-2.txt'), version2);
    const imported = await runCliIn(['import', join(cwd, 'heron.txt')], { dataDir, cwd });
    const id = /\(([^)]+)\)$/u.exec(imported.out[0] ?? '')?.[1];
    if (!id) throw new Error(`import failed: ${JSON.stringify(imported)}`);
    return { dataDir, cwd, id };
  };

  it('dry-runs an update: each highlight with its verdict, exit 3 when one would be orphaned', async () => {
    const { dataDir, cwd, id } = await setUp();
    const { openCore } = await import('../core');
    const { repoResourcesDir } = await import('../core/testing');
    const core = await openCore({ dataDir, resourcesDir: repoResourcesDir });
    const body = (await core.handlers['documents.get']({ id })).blocks
      .map((b) => b.text)
      .join('\n\n');
    for (const words of ['heron stood', 'waited for a fish to pass by', 'The light went.']) {
      const start = body.indexOf(words);
      await core.handlers['highlights.create']({
        documentId: id,
        start,
        end: start + words.length,
        color: 'blue',
      });
    }
    core.close();

    const dry = await runCliIn(['update', id, 'heron-2.txt', '--dry-run'], { dataDir, cwd });
    expect(dry.code).toBe(3);
    expect(dry.out).toEqual([
      expect.stringMatching(/^kept\t\d+-\d+ -> \d+-\d+\t"heron stood"$/u),
      expect.stringMatching(/^edited\t\d+-\d+ -> \d+-\d+\t"waited for a fish to pass by"$/u),
      expect.stringMatching(/^orphaned\t\d+-\d+ -> -\t"The light went\."$/u),
      `Would update "Field Notes" (${id}): 1 kept, 0 followed, 1 edited, 1 orphaned.`,
    ]);
    const json = await runCliIn(['update', id, 'heron-2.txt', '--dry-run', '--json'], {
      dataDir,
      cwd,
    });
    expect(JSON.parse(json.out[0] ?? '{}')).toMatchObject({
      dryRun: true,
      report: { orphaned: 1 },
    });

    const done = await runCliIn(['update', id, 'heron-2.txt'], { dataDir, cwd });
    expect(done).toEqual({
      code: 0,
      out: [`Updated "Field Notes" (${id}): 1 kept, 0 followed, 1 edited, 1 orphaned.`],
      err: [],
    });
  });

  it('says what is wrong with a missing file or document, and changes nothing', async () => {
    const { dataDir, cwd, id } = await setUp();
    const missing = await runCliIn(['update', id, 'nope.txt'], { dataDir, cwd });
    expect(missing).toMatchObject({
      code: 1,
      err: ['gloss update: nope.txt: there is no such file.'],
    });
    const unknown = await runCliIn(['update', 'no-such-id', 'heron-2.txt'], { dataDir, cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toMatch(/^gloss update: heron-2\.txt: /u);
    const usage = await runCliIn(['update', id], { dataDir, cwd });
    expect(usage.code).toBe(2);
  });
});
