import type { ExportJob } from '../../../shared/exportJobs';

interface ExportProgressProps {
  /** The job as last polled; null until export.start has answered. */
  job: ExportJob | null;
  onCancel(): void;
}

const counted = (job: ExportJob): string => {
  const of = `${Math.min(job.done + 1, job.total).toLocaleString('en')} of ${job.total.toLocaleString('en')}`;
  const what = job.stage === 'reading' ? `Reading ${of}` : `Writing ${of}`;
  return job.current ? `${what}: ${job.current}` : what;
};

/** A running export: how far it is, the document at hand, and a way to stop it. */
export function ExportProgress({ job, onCancel }: ExportProgressProps) {
  return (
    <div className="export-progress" data-testid="export-progress">
      <p className="export-progress-line" role="status">
        {job && job.total > 0 ? counted(job) : 'Starting the export…'}
      </p>
      <progress
        className="export-progress-bar"
        aria-label="Export progress"
        max={Math.max(1, job?.total ?? 1)}
        value={job?.done ?? 0}
      />
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel export
      </button>
    </div>
  );
}
