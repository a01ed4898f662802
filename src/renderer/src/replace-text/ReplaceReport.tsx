import type { ReplaceTextReport } from '../../../shared/annotations';
import { reportText } from './readTextFile';
import './replace-text.css';

interface ReplaceReportProps {
  report: ReplaceTextReport;
  descriptionId: string;
}

const figures = (report: ReplaceTextReport) =>
  [
    { label: 'kept', count: report.kept, hint: 'on their words' },
    { label: 'followed', count: report.followed, hint: 'to where their passage moved' },
    { label: 'edited', count: report.edited, hint: 'some words changed' },
    { label: 'orphaned', count: report.orphaned, hint: 'their words are gone' },
  ] as const;

/** What a new version did to the highlights: by place (the status line), then by words. */
export function ReplaceReport({ report, descriptionId }: ReplaceReportProps) {
  const total = report.anchored + report.moved + report.orphaned;
  return (
    <>
      <p className="dialog-text replace-report" id={descriptionId} role="status">
        {reportText(report)}
      </p>
      {total > 0 && (
        <dl className="replace-figures" aria-label="Highlights by their words">
          {figures(report).map(({ label, count, hint }) => (
            <div key={label} className="replace-figure" data-kind={label}>
              <dt>{label}</dt>
              <dd>
                <span className="replace-count">{count}</span>
                <span className="replace-hint">{hint}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {report.edited > 0 && (
        <p className="dialog-text">
          Edited highlights show their old words beside the new ones in the Notes panel: keep the
          new words or re-attach them.
        </p>
      )}
      {report.orphaned > 0 && (
        <p className="dialog-text">
          Orphaned highlights are listed in the Notes panel, where you can re-attach them.
        </p>
      )}
      <p className="dialog-text note-muted">
        Undo puts back the previous version, highlights and all.
      </p>
    </>
  );
}
