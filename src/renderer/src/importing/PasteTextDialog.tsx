import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../api';
import { useModalDialog } from '../ui/useModalDialog';

interface PasteTextDialogProps {
  /** Stores the text as a new document and opens it; rejects with an ApiError. */
  onImport(text: string, title: string): Promise<unknown>;
  onClose(): void;
}

/** "Paste text": a title (derived from the text when left empty) and the text to import. */
export function PasteTextDialog({ onImport, onClose }: PasteTextDialogProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const labelId = useId();
  const titleId = useId();
  const textId = useId();
  const errorId = useId();

  const close = () => {
    if (!busy) onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('There is no text to import: paste or type it in the Text box.');
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onImport(text, title);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  // Typing here must not reach the reader's shortcuts underneath.
  const { dialogRef, dialogProps } = useModalDialog({
    onCancel: close,
    initialFocus: textRef,
    isolateKeys: true,
  });

  return (
    <dialog
      ref={dialogRef}
      className="dialog paste-dialog"
      aria-modal="true"
      aria-labelledby={labelId}
      {...dialogProps}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog-title" id={labelId}>
          Paste text
        </p>
        <label className="paste-label" htmlFor={titleId}>
          Title <span className="paste-optional">(optional: taken from the text if empty)</span>
        </label>
        <input
          id={titleId}
          className="paste-title"
          value={title}
          maxLength={500}
          onChange={(event) => setTitle(event.target.value)}
          disabled={busy}
          autoComplete="off"
        />
        <label className="paste-label" htmlFor={textId}>
          Text
        </label>
        <textarea
          id={textId}
          ref={textRef}
          className="paste-textarea"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          placeholder="Paste the article here"
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          disabled={busy}
        />
        {error !== null && (
          <p className="dialog-error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
