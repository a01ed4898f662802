import { useEffect } from 'react';

interface UndoStatusProps {
  message: string;
  /** A new value restarts the timer (a second delete while the first is still shown). */
  serial: number;
  onUndo(): void;
  onDismiss(): void;
}

/** How long the offer to undo stays; Ctrl+Z keeps working after it is gone. */
const shownMs = 6000;

/** "Highlight deleted — Undo": deleting needs no confirmation because it can be taken back. */
export function UndoStatus({ message, serial, onUndo, onDismiss }: UndoStatusProps) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, shownMs);
    return () => window.clearTimeout(timer);
  }, [serial, onDismiss]);

  return (
    <div className="undo-status" role="status">
      <span>{message}</span>
      <button type="button" className="undo-button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
