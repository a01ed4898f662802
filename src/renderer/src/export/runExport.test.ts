import { describe, expect, it } from 'vitest';
import { methods, type MethodInput, type MethodName } from '../../../shared/contract';
import { makeHandlers } from '../../../shared/contract/testing';
import type { ExportJob } from '../../../shared/exportJobs';
import type { Call } from '../annotations/commands';
import { ApiError } from '../api';
import { runExport, type ExportChoices } from './runExport';

const running: ExportJob = {
  jobId: 'job-7',
  state: 'running',
  stage: 'reading',
  done: 0,
  total: 3,
  current: 'First',
  report: null,
  error: null,
  errorCode: null,
};

const choices = (change: Partial<ExportChoices> = {}): ExportChoices => ({
  scope: 'library',
  format: 'markdown',
  openId: 'doc-1',
  chosen: new Set(),
  path: ' /home/me/Notes ',
  citationStyle: 'apa',
  citations: true,
  ...change,
});

/** An export core whose job runs `steps` polls, then ends as `end` says. */
const fakeExports = (end: Partial<ExportJob>, steps = 2) => {
  const started: MethodInput<'export.start'>[] = [];
  let polls = 0;
  const handlers = makeHandlers({
    'export.start': (input) => {
      started.push(input);
      return running;
    },
    'export.status': () => {
      polls += 1;
      return polls < steps ? { ...running, done: polls } : { ...running, ...end };
    },
  });
  const call = (async (method: MethodName, input: unknown) =>
    (handlers[method] as (input: unknown) => unknown)(methods[method].input.parse(input))) as Call;
  return { call, started, polls: () => polls };
};

const quietRun = (jobs: ExportJob[] = [], starts: string[] = []) => ({
  onStart: () => starts.push('start'),
  onJob: (job: ExportJob) => jobs.push(job),
  wait: () => Promise.resolve(),
});

describe('runExport', () => {
  it('follows the job to its end and says how many documents went where', async () => {
    const core = fakeExports({
      state: 'done',
      report: {
        format: 'markdown',
        path: '/home/me/Notes',
        written: [],
        removed: [],
        documentCount: 3,
      },
    });
    const jobs: ExportJob[] = [];
    const outcome = await runExport(core.call, choices(), quietRun(jobs));
    expect(outcome).toEqual({ status: 'done', message: 'Exported 3 documents to /home/me/Notes' });
    expect(jobs.map((job) => job.done)).toEqual([0, 1]);
    // The whole library (no ids), the path trimmed, Markdown's citation choices sent along.
    expect(core.started).toEqual([
      { format: 'markdown', path: '/home/me/Notes', citationStyle: 'apa', citations: true },
    ]);
  });

  it('sends the open or chosen documents, and no citation choices for CSV', async () => {
    const core = fakeExports({ state: 'cancelled' }, 1);
    const current = await runExport(
      core.call,
      choices({ scope: 'current', format: 'csv', path: '/tmp/h.csv' }),
      quietRun(),
    );
    expect(current).toEqual({
      status: 'cancelled',
      message: 'Export cancelled: /tmp/h.csv was left as it was.',
    });
    await runExport(
      core.call,
      choices({ scope: 'chosen', chosen: new Set(['a', 'b']) }),
      quietRun(),
    );
    expect(core.started.map((input) => input.documentIds)).toEqual([['doc-1'], ['a', 'b']]);
    expect(core.started[0]).not.toHaveProperty('citations');
  });

  it('asks before replacing a file Gloss did not write, and replaces it once told to', async () => {
    const core = fakeExports(
      { state: 'failed', errorCode: 'would_overwrite', error: 'not ours' },
      1,
    );
    const path = '/tmp/thesis.docx';
    expect(await runExport(core.call, choices({ format: 'csv', path }), quietRun())).toEqual({
      status: 'confirm',
      path,
    });
    const again = await runExport(
      core.call,
      choices({ format: 'csv', path, overwrite: true }),
      quietRun(),
    );
    expect(again).toEqual({ status: 'failed', message: 'not ours' });
    expect(core.started[1]).toMatchObject({ overwrite: true });
  });

  it('a refusal at the start asks too, or says why it failed', async () => {
    const refusing = (error: Error): Call =>
      (async () => {
        throw error;
      }) as unknown as Call;
    const overwrite = new ApiError('would_overwrite', 'The file is not one Gloss exported.');
    expect(await runExport(refusing(overwrite), choices(), quietRun())).toEqual({
      status: 'confirm',
      path: '/home/me/Notes',
    });
    const full = new ApiError('storage', 'The disk is full.');
    expect(await runExport(refusing(full), choices(), quietRun())).toEqual({
      status: 'failed',
      message: 'The disk is full.',
    });
    // A fault of the window itself is not shown raw.
    expect(
      await runExport(refusing(new TypeError('x is undefined')), choices(), quietRun()),
    ).toEqual({
      status: 'failed',
      message: 'Something went wrong in this window; the action was not completed.',
    });
  });

  it('choices that cannot be exported say why and start nothing', async () => {
    const core = fakeExports({ state: 'done' });
    const starts: string[] = [];
    expect(await runExport(core.call, choices({ scope: 'chosen' }), quietRun([], starts))).toEqual({
      status: 'failed',
      message: 'Choose at least one document to export.',
    });
    expect(
      await runExport(core.call, choices({ scope: 'current', openId: null }), quietRun([], starts)),
    ).toEqual({ status: 'failed', message: 'Choose at least one document to export.' });
    expect(await runExport(core.call, choices({ path: '  ' }), quietRun([], starts))).toEqual({
      status: 'failed',
      message: 'Choose a folder to export to.',
    });
    expect(
      await runExport(core.call, choices({ format: 'json', path: '' }), quietRun([], starts)),
    ).toEqual({ status: 'failed', message: 'Choose a file to export to.' });
    expect(starts).toEqual([]);
    expect(core.started).toEqual([]);
  });

  it('sends an Anki deck its citation choices and the colours chosen, all colours as none', async () => {
    const core = fakeExports({ state: 'done', report: null }, 1);
    const deck = { format: 'anki' as const, path: '/home/me/deck.txt', citations: false };
    await runExport(
      core.call,
      choices({ ...deck, colors: new Set(['pink', 'yellow']) }),
      quietRun(),
    );
    await runExport(
      core.call,
      choices({ ...deck, colors: new Set(['yellow', 'green', 'blue', 'pink', 'purple']) }),
      quietRun(),
    );
    expect(core.started).toEqual([
      expect.objectContaining({ citations: false, highlightColors: ['yellow', 'pink'] }),
      expect.not.objectContaining({ highlightColors: expect.anything() as unknown }),
    ]);
  });

  it('refuses an Anki deck of no colour before starting anything', async () => {
    const core = fakeExports({ state: 'done' });
    const outcome = await runExport(
      core.call,
      choices({ format: 'anki', path: '/home/me/deck.txt', colors: new Set() }),
      quietRun(),
    );
    expect(outcome).toEqual({
      status: 'failed',
      message: 'Choose at least one colour of highlights to export.',
    });
    expect(core.started).toEqual([]);
  });
});
