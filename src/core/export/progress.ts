import type { ExportProgress } from '../../shared/exportJobs';

/** Thrown inside an export whose job was cancelled; the job reports it as `cancelled`. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled; nothing was written.');
    this.name = 'ExportCancelled';
  }
}

/** How a running export reports how far it is and learns that it should stop. */
export interface ExportRun {
  report(progress: ExportProgress): void;
  /** Throws ExportCancelled once the export has been asked to stop. */
  check(): void;
}

export const noProgress: ExportRun = { report: () => undefined, check: () => undefined };

/** An ExportRun that reports to `onProgress` and stops once `signal` aborts. */
export const exportRun = (
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): ExportRun => ({
  report: onProgress,
  check: () => {
    if (signal.aborted) throw new ExportCancelled();
  },
});

/** Lets other requests (a status poll, a cancel) in between the steps of a long export. */
export const yieldToRequests = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });
