import { ConfirmDialog } from './ConfirmDialog';

interface DeleteDialogProps {
  title: string;
  busy: boolean;
  error: string | null;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a document goes to the Trash. */
export function DeleteDialog({ title, ...rest }: DeleteDialogProps) {
  return (
    <ConfirmDialog
      title="Move this document to the Trash?"
      confirmLabel="Delete"
      busyLabel="Deleting…"
      {...rest}
    >
      “{title}” will move to the Trash with its highlights and notes. You can restore it from there
      until the Trash is emptied.
    </ConfirmDialog>
  );
}
