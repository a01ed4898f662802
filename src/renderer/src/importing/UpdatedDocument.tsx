import { useId, useState } from 'react';
import type { FileUpdate } from '../../../shared/textUpdates';
import { errorMessage } from '../api';
import { ReplaceReport } from '../replace-text/ReplaceReport';

/** One updated document: what its highlights did, and Undo. */
export function UpdatedDocument({
  update,
  several,
  onUndo,
}: {
  update: FileUpdate;
  several: boolean;
  onUndo(documentId: string): Promise<void>;
}) {
  const { document, report } = update;
  const descriptionId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await onUndo(document.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };
  return (
    <section className="update-report-document" aria-label={`“${document.title}”`}>
      {/* One document is named by the dialog's title already. */}
      {several && <h2 className="update-report-heading">“{document.title}”</h2>}
      <ReplaceReport report={report} descriptionId={descriptionId} />
      {error !== null && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button-small"
        onClick={() => void undo()}
        disabled={busy}
        aria-label={several ? `Undo the update of “${document.title}”` : undefined}
      >
        Undo
      </button>
    </section>
  );
}
