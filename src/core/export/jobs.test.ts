import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../shared/exportJobs';
import { createExportJobs, type ExportJobs } from './jobs';
import { firstExportTimeout, openExportFixture, pinnedAt, type ExportFixture } from './testing';

const finished = async (jobs: ExportJobs, jobId: string): Promise<ExportJob> => {
  for (;;) {
    const status = jobs.status(jobId);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setImmediate(resolve));
  }
};

const folderContents = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );

describe('export jobs (export.start, export.status, export.cancel)', () => {
  let library: ExportFixture;
  let jobs: ExportJobs;
  let out: string;
  beforeEach(async () => {
    library = await openExportFixture();
    jobs = createExportJobs(library.exporter);
    out = path.join(library.dir, 'vault');
  });
  afterEach(() => library.close());

  it(
    'runs in the background, reports documents done and the current title, ends done',
    async () => {
      const started = await jobs.start({ format: 'markdown', path: out, exportedAt: pinnedAt });
      expect(started.state).toBe('running');
      const seen: ExportJob[] = [];
      for (;;) {
        const status = jobs.status(started.jobId);
        seen.push(status);
        if (status.state !== 'running') break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const last = seen.at(-1);
      expect(last?.state).toBe('done');
      expect(last?.report?.documentCount).toBe(2);
      expect(seen.some((status) => status.current === 'Seoul: talks & “costs”')).toBe(true);
      expect(seen.every((status) => status.done <= status.total)).toBe(true);
    },
    firstExportTimeout,
  );

  it('cancelled, it leaves the previous export as it was and no temporary files', async () => {
    await library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt });
    const before = folderContents(out);
    library.documents.rename(library.second, 'Renamed after the first export');
    const started = await jobs.start({ format: 'markdown', path: out });
    const cancelled = jobs.cancel(started.jobId);
    expect(['running', 'cancelled']).toContain(cancelled.state);
    const status = await finished(jobs, started.jobId);
    expect(status.state).toBe('cancelled');
    expect(status.error).toBe('The export was cancelled; nothing was written.');
    expect(folderContents(out)).toEqual(before);
  });

  it('cancelled while writing its files, it removes those it had written aside', async () => {
    await library.exporter.write({ format: 'markdown', path: out, exportedAt: pinnedAt });
    const before = folderContents(out);
    library.documents.rename(library.second, 'Renamed after the first export');
    const started = await jobs.start({ format: 'markdown', path: out });
    while (jobs.status(started.jobId).stage !== 'writing') {
      await new Promise((resolve) => setImmediate(resolve));
    }
    jobs.cancel(started.jobId);
    expect((await finished(jobs, started.jobId)).state).toBe('cancelled');
    expect(folderContents(out)).toEqual(before);
  });

  it('cancelled while writing a JSON file, the file before it stays', async () => {
    const file = path.join(library.dir, 'library.json');
    await library.exporter.write({ format: 'json', path: file, exportedAt: pinnedAt });
    const before = readFileSync(file, 'utf8');
    const started = await jobs.start({ format: 'json', path: file });
    jobs.cancel(started.jobId);
    expect((await finished(jobs, started.jobId)).state).toBe('cancelled');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(library.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a bad target at once, and an unknown job by name', async () => {
    await expect(jobs.start({ format: 'json', path: 'relative.json' })).rejects.toThrow(
      /full path/u,
    );
    expect(() => jobs.status('nope')).toThrow('There is no export with the id "nope".');
  });
});
