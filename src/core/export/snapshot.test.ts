import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../shared/exportJobs';
import { ExportCancelled, type ExportRun } from './progress';
import { firstExportTimeout, openExportFixture, pinnedAt, type ExportFixture } from './testing';

/**
 * An export reads the library in steps on its own snapshot (issue 21): the app goes on
 * answering and committing meanwhile, and Cancel is heard between two steps.
 */
describe('the reading step of an export', () => {
  let library: ExportFixture;
  beforeEach(async () => {
    library = await openExportFixture();
  });
  afterEach(() => library.close());

  /** A run that calls `onReport` with every progress report and stops once `stop` says so. */
  const runWith = (
    onReport: (progress: ExportProgress) => void,
    stop = () => false,
  ): ExportRun => ({
    report: onReport,
    check: () => {
      if (stop()) throw new ExportCancelled();
    },
  });

  it(
    'exports the library as it was when reading began, while a rename is committed meanwhile',
    async () => {
      const file = path.join(library.dir, 'library.json');
      let reports = 0;
      // Two reports while entities are checked, then the first of the snapshot's steps.
      const renameOnThird = runWith(() => {
        reports += 1;
        if (reports === 3) library.documents.rename(library.second, 'Renamed while exporting');
      });
      await library.exporter.write(
        { format: 'json', path: file, exportedAt: pinnedAt },
        renameOnThird,
      );
      expect(library.store.documents.findSummary(library.second)?.title).toBe(
        'Renamed while exporting',
      );
      const json = readFileSync(file, 'utf8');
      expect(json).toContain('"title": "A Second Reading"');
      expect(json).not.toContain('Renamed while exporting');
    },
    firstExportTimeout,
  );

  it('stops between two steps once cancelled, writing nothing', async () => {
    const file = path.join(library.dir, 'library.csv');
    const stages: string[] = [];
    const cancelledWhileReading = runWith(
      (progress) => stages.push(progress.stage),
      () => stages.length >= 3,
    );
    const write = library.exporter.write({ format: 'csv', path: file }, cancelledWhileReading);
    await expect(write).rejects.toBeInstanceOf(ExportCancelled);
    expect(stages).toEqual(['reading', 'reading', 'reading']);
    expect(() => readFileSync(file)).toThrow(/ENOENT/u);
  });
});
