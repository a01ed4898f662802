import { z } from 'zod';
import { exportReportSchema } from './exchange';
import { errorCodes } from './result';

export const exportJobStates = ['running', 'done', 'failed', 'cancelled'] as const;

/**
 * Where a long export stands (export.start, export.status, export.cancel). `done` counts the
 * documents read and the files written so far, out of `total`; `current` is the title of the
 * document being worked on.
 */
export const exportJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(exportJobStates),
  stage: z.enum(['reading', 'writing']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  current: z.string().nullable(),
  /** When done: what was written. */
  report: exportReportSchema.nullable(),
  /** When failed: why, in words for the user. */
  error: z.string().nullable(),
  /** When failed: the error's code, as export.write would have answered it. */
  errorCode: z.enum(errorCodes).nullable(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

/** The progress an export reports as it goes. */
export type ExportProgress = Pick<ExportJob, 'stage' | 'done' | 'total' | 'current'>;
