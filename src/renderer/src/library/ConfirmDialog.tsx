import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from '../ui/useModalDialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The confirm button's name, and what it says while the work runs. */
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}

/**
 * Asks before something that removes the user's work. Modal: the rest of the window is inert
 * while it is open. Its keys stay inside, so it can open over another dialog (the Trash).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirmLabel, busyLabel, busy, error, onCancel, onConfirm } = props;
  // The safe choice takes focus, so a stray Enter removes nothing.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const labelId = useId();
  const descriptionId = useId();
  const cancel = () => {
    if (!busy) onCancel();
  };
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: cancel,
    initialFocus: cancelRef,
    isolateKeys: true,
  });

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
        {title}
      </p>
      <p className="dialog-text" id={descriptionId}>
        {children}
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
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
