import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../shared/exportJobs';
import { openExportFixture, pinnedAt, type ExportFixture } from './testing';

/*
 * Issue 17: the folder an export writes into disappears while it writes (a USB stick pulled,
 * a sync client moving it). The export says so, and leaves nothing half-written anywhere.
 */
describe('an export whose folder vanishes on the way', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  /** Everything under `folder`, to see that nothing was left behind. */
  const listing = (folder: string): string[] =>
    fs.readdirSync(folder, { recursive: true }).map(String).sort();

  it.each(['markdown', 'json', 'csv'] as const)(
    'as %s: a clear message naming the folder, and no file or leftover anywhere',
    async (format) => {
      const parent = path.join(library.dir, 'usb');
      const folder = path.join(parent, 'vault');
      fs.mkdirSync(folder, { recursive: true });
      const target = format === 'markdown' ? folder : path.join(folder, `notes.${format}`);
      const before = listing(parent);
      // The folder goes once the export is writing (after its first file, when it has several):
      // the moment a real one would hurt most.
      const pull = ({ stage, done, total }: ExportProgress) => {
        if (stage === 'writing' && (done >= 1 || total === 1) && fs.existsSync(folder))
          fs.rmSync(folder, { recursive: true, force: true });
      };
      const writing = library.exporter.write(
        { format, path: target, exportedAt: pinnedAt },
        { report: pull, check: () => undefined },
      );
      await expect(writing).rejects.toMatchObject({
        code: 'storage',
        message: expect.stringContaining(`the folder ${folder} is gone`) as unknown,
      });
      expect(before).toEqual(['vault']);
      expect(listing(parent)).toEqual([]);
    },
    30_000,
  );
});
