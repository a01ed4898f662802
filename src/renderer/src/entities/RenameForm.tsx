import { useEffect, useRef, useState } from 'react';

interface RenameFormProps {
  name: string;
  onSave(name: string): Promise<boolean>;
  onCancel(): void;
}

/** The entity's name as an inline text field: Enter saves, Escape cancels. */
export function RenameForm({ name, onSave, onCancel }: RenameFormProps) {
  const [value, setValue] = useState(name);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.select();
  }, []);

  const save = async () => {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed === name) {
      onCancel();
      return;
    }
    setBusy(true);
    const done = await onSave(trimmed);
    setBusy(false);
    if (!done) input.current?.focus();
  };

  return (
    <form
      className="entity-rename"
      aria-label="Rename entity"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        ref={input}
        className="entity-rename-input"
        type="text"
        aria-label="Name"
        value={value}
        maxLength={200}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }}
      />
      <div className="entity-form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
