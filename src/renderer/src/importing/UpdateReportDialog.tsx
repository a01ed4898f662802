import { useId, useRef } from 'react';
import type { FileUpdate } from '../../../shared/textUpdates';
import { useModalDialog } from '../ui/useModalDialog';
import { UpdatedDocument } from './UpdatedDocument';
import './update-question.css';

interface UpdateReportDialogProps {
  updates: readonly FileUpdate[];
  /** Puts back the version the update replaced; rejects with an ApiError. */
  onUndo(documentId: string): Promise<void>;
  onClose(): void;
}

/**
 * After an import updated documents of the library: for each, what its highlights did (as the
 * Replace text report says it) and Undo, which puts the previous version back.
 */
export function UpdateReportDialog({ updates, onUndo, onClose }: UpdateReportDialogProps) {
  const doneRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { dialogRef, dialogProps } = useModalDialog({ onCancel: onClose, initialFocus: doneRef });
  const only = updates.length === 1 ? updates[0] : undefined;
  return (
    <dialog
      ref={dialogRef}
      className="dialog update-report"
      data-testid="update-report"
      aria-modal="true"
      aria-labelledby={titleId}
      {...dialogProps}
    >
      <p className="dialog-title" id={titleId}>
        {only ? `Updated “${only.document.title}”` : `Updated ${updates.length} documents`}
      </p>
      {updates.map((update) => (
        <UpdatedDocument key={update.document.id} update={update} several={!only} onUndo={onUndo} />
      ))}
      <div className="dialog-actions">
        <button ref={doneRef} type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
  );
}
