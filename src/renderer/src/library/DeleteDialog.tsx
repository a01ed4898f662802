import { useEffect, useId, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { trapFocus } from '../shell/trapFocus';

interface DeleteDialogProps {
  title: string;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a document is deleted. Modal: the rest of the window is inert while it is open. */
export function DeleteDialog({ title, busy, error, onCancel, onConfirm }: DeleteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const labelId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    // The safe choice takes focus, so a stray Enter does not delete anything.
    cancelRef.current?.focus();
    return () => {
      dialog.close();
      // The dialog leaves the DOM before it closes, so the browser cannot restore focus itself.
      // After a delete the opener is gone and the library moves focus instead.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const cancel = () => {
    if (!busy) onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
      return;
    }
    if (dialogRef.current) trapFocus(event, dialogRef.current);
  };

  // The browser's own Escape handling would close the dialog behind React's back.
  const onNativeCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    cancel();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
      onKeyDown={onKeyDown}
      onCancel={onNativeCancel}
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
