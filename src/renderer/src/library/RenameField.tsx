import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../api';

interface RenameFieldProps {
  title: string;
  /** Resolves once the core has stored the new title; rejects with the reason it refused. */
  onSave(title: string): Promise<unknown>;
  onDone(): void;
}

/**
 * The inline title editor of a library item: Enter saves, Escape cancels. A refusal (an empty
 * title, a failure) is shown under the field, which stays open with the user's text.
 */
export function RenameField({ title, onSave, onDone }: RenameFieldProps) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  useEffect(() => {
    inputRef.current?.select();
  }, []);

  const save = async () => {
    if (busy) return;
    const trimmed = value.trim();
    if (trimmed === '') {
      setError('A title cannot be empty.');
      return;
    }
    if (trimmed === title) {
      onDone();
      return;
    }
    setBusy(true);
    try {
      await onSave(trimmed);
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The reader's shortcuts must not act on keys typed here.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onDone();
    }
  };

  return (
    <div className="library-rename">
      <input
        ref={inputRef}
        className="library-rename-input"
        aria-label="Title"
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        value={value}
        maxLength={500}
        readOnly={busy}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        // Leaving an untouched field closes it; typed text is never thrown away by a stray click.
        onBlur={() => {
          if (value === title && !busy) onDone();
        }}
      />
      {error !== null && (
        <p className="library-rename-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <p className="library-rename-hint">Enter to save · Escape to cancel</p>
    </div>
  );
}
