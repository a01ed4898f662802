import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import { ApiError } from '../api/ApiError';
import { createImportQueue, type ImportBatch } from './importQueue';
import { ImportCancelled } from './updateQuestion';

const summaryOf = (name: string): DocumentSummary => ({
  id: `id-${name}`,
  title: name,
  source: name,
  addedAt: '2025-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 1,
  highlightCount: 0,
  noteCount: 0,
  entityCount: null,
});

const report = { anchored: 1, moved: 0, orphaned: 0, kept: 1, followed: 0, edited: 0 };

/** A queue whose imports wait until the test lets each one finish. */
const setup = () => {
  const pending: {
    name: string;
    remaining: number;
    finish: () => void;
    fail: (message: string) => void;
    update: () => void;
    cancel: () => void;
  }[] = [];
  const progress: string[] = [];
  let finished: ImportBatch | null = null;
  const queue = createImportQueue<{ name: string }>({
    importOne: (file, { remaining }) =>
      new Promise((resolve, reject) => {
        pending.push({
          name: file.name,
          remaining,
          finish: () => resolve(summaryOf(file.name)),
          fail: (message) => reject(new ApiError('unsupported_file', message)),
          update: () =>
            resolve({ document: summaryOf(file.name), report, changes: [], dryRun: false }),
          cancel: () => reject(new ImportCancelled(file.name)),
        });
      }),
    onProgress: (batch) => progress.push(`${batch.done + 1} of ${batch.total}: ${batch.current}`),
    onFinished: (batch) => {
      finished = batch;
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { queue, pending, progress, settle, finished: () => finished };
};

describe('createImportQueue', () => {
  it('imports one file at a time and keeps going after a failure', async () => {
    const { queue, pending, progress, settle, finished } = setup();
    queue.add([{ name: 'a.txt' }, { name: 'b.png' }, { name: 'c.md' }]);
    expect(pending.map((p) => p.name)).toEqual(['a.txt']);
    pending[0]?.finish();
    await settle();
    expect(pending.map((p) => p.name)).toEqual(['a.txt', 'b.png']);
    pending[1]?.fail('“b.png” is not a file Gloss can import.');
    await settle();
    pending[2]?.finish();
    await settle();
    expect(progress).toEqual(['1 of 3: a.txt', '2 of 3: b.png', '3 of 3: c.md']);
    expect(finished()).toMatchObject({ total: 3, done: 3, current: null });
    expect(finished()?.imported.map((doc) => doc.id)).toEqual(['id-a.txt', 'id-c.md']);
    expect(finished()?.failed).toEqual([
      { name: 'b.png', message: '“b.png” is not a file Gloss can import.' },
    ]);
  });

  it('adds files dropped during a batch to the same batch', async () => {
    const { queue, pending, progress, settle, finished } = setup();
    queue.add([{ name: 'a.txt' }]);
    queue.add([{ name: 'b.txt' }]);
    expect(progress).toEqual(['1 of 1: a.txt', '1 of 2: a.txt']);
    pending[0]?.finish();
    await settle();
    pending[1]?.finish();
    await settle();
    expect(progress.at(-1)).toBe('2 of 2: b.txt');
    expect(finished()?.imported).toHaveLength(2);
  });

  it('starts a new batch after one has finished', async () => {
    const { queue, pending, settle, finished } = setup();
    queue.add([{ name: 'a.txt' }]);
    pending[0]?.finish();
    await settle();
    queue.add([{ name: 'b.txt' }]);
    pending[1]?.finish();
    await settle();
    expect(finished()).toMatchObject({ total: 1, done: 1 });
    expect(finished()?.imported.map((doc) => doc.id)).toEqual(['id-b.txt']);
  });

  it('cancel lets the file under way finish and leaves the rest out', async () => {
    const { queue, pending, settle, finished } = setup();
    queue.add([{ name: 'a.txt' }, { name: 'b.txt' }, { name: 'c.txt' }]);
    queue.cancel();
    pending[0]?.finish();
    await settle();
    expect(pending.map((p) => p.name)).toEqual(['a.txt']);
    expect(finished()).toMatchObject({ total: 3, done: 1, current: null, cancelled: 2 });
    expect(finished()?.imported.map((doc) => doc.id)).toEqual(['id-a.txt']);
  });

  it('keeps the documents a file updated apart from the new ones', async () => {
    const { queue, pending, settle, finished } = setup();
    queue.add([{ name: 'a.md' }, { name: 'b.md' }]);
    expect(pending[0]?.remaining).toBe(1);
    pending[0]?.update();
    await settle();
    expect(pending[1]?.remaining).toBe(0);
    pending[1]?.finish();
    await settle();
    expect(finished()?.updated.map((update) => update.document.id)).toEqual(['id-a.md']);
    expect(finished()?.imported.map((doc) => doc.id)).toEqual(['id-b.md']);
    expect(finished()?.failed).toEqual([]);
  });

  it('a file cancelled at the update question leaves the rest of the batch out', async () => {
    const { queue, pending, settle, finished } = setup();
    queue.add([{ name: 'a.md' }, { name: 'b.md' }, { name: 'c.md' }]);
    pending[0]?.finish();
    await settle();
    pending[1]?.cancel();
    await settle();
    expect(pending.map((p) => p.name)).toEqual(['a.md', 'b.md']);
    expect(finished()).toMatchObject({ total: 3, done: 1, cancelled: 2, failed: [] });
  });
});
