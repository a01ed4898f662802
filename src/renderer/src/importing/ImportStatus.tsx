import { ClippingsSummary } from './ClippingsSummary';
import type { ImportBatch } from './importQueue';

interface ImportStatusProps {
  batch: ImportBatch;
  onDismiss(): void;
  onCancel(): void;
  /** Opens a book a highlights export added to. */
  onOpen(documentId: string): void;
}

const files = (count: number): string => `${count} ${count === 1 ? 'file' : 'files'}`;

const headline = ({ total, imported, clippings, updated, failed, cancelled }: ImportBatch) => {
  // A file that updated a document of the library counts as imported.
  const done = imported.length + clippings.length + updated.length;
  if (cancelled > 0) return `Import cancelled: imported ${done} of ${files(total)}`;
  if (total === 1 && failed.length === 1)
    return `Could not import ${failed[0]?.name ?? 'the file'}`;
  if (total === 1 && clippings[0]) return `Imported highlights from ${clippings[0].fileName}`;
  if (done === 0) return `None of the ${files(total)} could be imported`;
  if (failed.length === 0) return `Imported ${files(done)}`;
  return `Imported ${done} of ${files(total)}`;
};

/**
 * The progress of a batch of file imports ("Importing 3 of 12: name.html"), then what came of
 * it: how many were imported and each refused file with its reason, until dismissed.
 */
export function ImportStatus({ batch, onDismiss, onCancel, onOpen }: ImportStatusProps) {
  // Focus stays where the reader is: a batch may end while they type a note. The headline
  // is a status, so screen readers hear it anyway.
  if (batch.current !== null) {
    // One file (a 500-page PDF takes seconds) has no count to show: the bar runs without a
    // value, so it moves, rather than sitting at "0 of 1" until the file is in.
    const single = batch.total === 1;
    return (
      <div className="import-status" data-testid="import-progress">
        <p className="import-status-line" role="status">
          {single
            ? `Importing ${batch.current}…`
            : `Importing ${batch.done + 1} of ${batch.total}: ${batch.current}`}
        </p>
        <progress
          className="import-progress"
          max={batch.total}
          value={single ? undefined : batch.done}
          aria-label="Import progress"
        />
        {batch.total > 1 && (
          <div className="import-status-actions">
            <button type="button" className="button button-small" onClick={onCancel}>
              Cancel import
            </button>
          </div>
        )}
      </div>
    );
  }

  const single = batch.total === 1 && batch.failed.length === 1;
  return (
    <section className="import-status" data-testid="import-summary" aria-label="Import summary">
      <p className="import-status-title" role="status">
        {headline(batch)}
      </p>
      {batch.clippings.map((report, index) => (
        <ClippingsSummary key={`${index}:${report.fileName}`} report={report} onOpen={onOpen} />
      ))}
      {batch.failed.length > 0 && (
        <ul className="import-failures" aria-label="Files not imported">
          {batch.failed.map((failure, index) => (
            <li key={`${index}:${failure.name}`} className="import-failure">
              {!single && <span className="import-failure-name">{failure.name}</span>}
              <span className="import-failure-message">{failure.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="import-status-actions">
        <button type="button" className="button button-small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
