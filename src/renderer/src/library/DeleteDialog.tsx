import { useId, useRef } from 'react';
import { useModalDialog } from '../shell/useModalDialog';

interface DeleteDialogProps {
  title: string;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a document is deleted. Modal: the rest of the window is inert while it is open. */
export function DeleteDialog({ title, busy, error, onCancel, onConfirm }: DeleteDialogProps) {
  // The safe choice takes focus, so a stray Enter does not delete anything. After a delete
  // the opener is gone and the library moves focus instead.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const labelId = useId();
  const descriptionId = useId();
  const cancel = () => {
    if (!busy) onCancel();
  };
  const { dialogRef, dialogProps } = useModalDialog({ onCancel: cancel, initialFocus: cancelRef });

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
      {...dialogProps}
    >
      <p className="dialog-title" id={labelId}>
        Delete this document?
      </p>
      <p className="dialog-text" id={descriptionId}>
        “{title}” will be removed from your library. This cannot be undone.
      </p>
      {error !== null && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button" onClick={cancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </dialog>
  );
}
