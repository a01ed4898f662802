import { useEffect, useId, useRef, useState } from 'react';
import type { TrashedDocument } from '../../../shared/model';
import { errorMessage } from '../api';
import { useModalDialog } from '../ui/useModalDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { TrashItem } from './TrashItem';
import type { Trash } from './useTrash';

interface TrashDialogProps {
  trash: Trash;
  /** A document came back: the library shows it again. */
  onRestored(): Promise<void>;
  onClose(): void;
}

/** What the confirm dialog is asking about: one document, or the whole Trash. */
type Removal = { doc: TrashedDocument } | { all: number };

const emptyingText = (count: number): string =>
  count === 1
    ? 'The document in the Trash, its highlights and its notes will be deleted.'
    : `The ${count} documents in the Trash, their highlights and their notes will be deleted.`;

/** The Trash: restore a document, delete one for good, or empty it all (each asked first). */
export function TrashDialog({ trash, onRestored, onClose }: TrashDialogProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // After a removal the button that had focus is gone: Close takes it.
  const refocus = useRef(false);
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: () => {
      if (!busy) onClose();
    },
    initialFocus: closeRef,
    isolateKeys: true,
  });
  const { documents, refresh } = trash;

  // The CLI may have changed the Trash since the list was read.
  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!refocus.current || removal !== null) return;
    refocus.current = false;
    closeRef.current?.focus();
  }, [removal, documents]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await work();
      setStatus(done);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const restore = async (doc: TrashedDocument) => {
    refocus.current = true;
    await run(async () => {
      await trash.restore(doc.id);
      await onRestored();
    }, `“${doc.title}” is back in the library.`);
  };

  const confirmRemoval = async () => {
    if (!removal) return;
    const ids = 'doc' in removal ? [removal.doc.id] : undefined;
    const done =
      'doc' in removal ? `“${removal.doc.title}” was deleted for good.` : 'Deleted for good.';
    if (await run(() => trash.empty(ids), done)) {
      refocus.current = true;
      setRemoval(null);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog trash-dialog"
      aria-labelledby={titleId}
      {...dialogProps}
    >
      <h2 className="dialog-title" id={titleId}>
        Trash
      </h2>
      <p className="dialog-text">
        Deleted documents wait here with their highlights and notes until you empty the Trash.
      </p>
      {documents === null ? (
        <p className="trash-empty" role={trash.error ? 'alert' : 'status'}>
          {trash.error ?? 'Loading the Trash…'}
        </p>
      ) : documents.length === 0 ? (
        <p className="trash-empty">The Trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Trashed documents">
          {documents.map((doc) => (
            <TrashItem
              key={doc.id}
              doc={doc}
              busy={busy}
              onRestore={(target) => void restore(target)}
              onDeleteForever={(target) => setRemoval({ doc: target })}
            />
          ))}
        </ul>
      )}
      {removal === null && error !== null && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <p className="trash-status" role="status">
        {status}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-danger trash-empty-button"
          disabled={busy || !documents?.length}
          onClick={() => setRemoval({ all: documents?.length ?? 0 })}
        >
          Empty Trash
        </button>
        <button ref={closeRef} type="button" className="button" onClick={onClose} disabled={busy}>
          Close
        </button>
      </div>
      {removal !== null && (
        <ConfirmDialog
          title={'doc' in removal ? `Delete “${removal.doc.title}” forever?` : 'Empty the Trash?'}
          confirmLabel={'doc' in removal ? 'Delete forever' : 'Empty Trash'}
          busyLabel="Deleting…"
          busy={busy}
          error={error}
          onCancel={() => {
            setRemoval(null);
            setError(null);
          }}
          onConfirm={() => void confirmRemoval()}
        >
          {'doc' in removal
            ? 'The document, its highlights and its notes will be deleted. This cannot be undone.'
            : `${emptyingText(removal.all)} This cannot be undone.`}
        </ConfirmDialog>
      )}
    </dialog>
  );
}
