import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { ExportJob } from '../../shared/exportJobs';
import { GlossError } from '../../shared/result';
import { ExportCancelled, exportRun } from './progress';
import type { ExportService } from './service';

/** Finished jobs kept for a late status poll; older ones are forgotten. */
const keptFinished = 20;

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Exports run as jobs: export.start answers at once, export.status tells how far the job is,
 * export.cancel stops it. Both transports are request/response, so progress is polled.
 */
export const createExportJobs = (exporter: ExportService, newId: () => string = randomUUID) => {
  const jobs = new Map<string, { status: ExportJob; controller: AbortController }>();

  const forgetOld = (): void => {
    const finished = [...jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - keptFinished))) {
      jobs.delete(job.status.jobId);
    }
  };

  const find = (jobId: string) => {
    const job = jobs.get(jobId);
    if (!job) throw new GlossError('not_found', `There is no export with the id "${jobId}".`);
    return job;
  };

  return {
    start: async (input: ParsedInput<'export.write'>): Promise<ExportJob> => {
      await exporter.checkTarget(input);
      const status: ExportJob = {
        jobId: newId(),
        state: 'running',
        stage: 'reading',
        done: 0,
        total: 0,
        current: null,
        report: null,
        error: null,
        errorCode: null,
      };
      const controller = new AbortController();
      jobs.set(status.jobId, { status, controller });
      const run = exportRun((progress) => Object.assign(status, progress), controller.signal);
      exporter.write(input, run).then(
        (report) => {
          Object.assign(status, { state: 'done', report, done: status.total, current: null });
          forgetOld();
        },
        (error: unknown) => {
          const cancelled = error instanceof ExportCancelled;
          Object.assign(status, {
            state: cancelled ? 'cancelled' : 'failed',
            error: describe(error),
            errorCode: cancelled ? null : error instanceof GlossError ? error.code : 'internal',
            current: null,
          });
          forgetOld();
        },
      );
      return { ...status };
    },

    status: (jobId: string): ExportJob => ({ ...find(jobId).status }),

    cancel: (jobId: string): ExportJob => {
      const job = find(jobId);
      if (job.status.state === 'running') job.controller.abort();
      return { ...job.status };
    },
  };
};

export type ExportJobs = ReturnType<typeof createExportJobs>;
