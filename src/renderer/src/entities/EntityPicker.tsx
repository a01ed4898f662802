import { useId, useState } from 'react';
import type { DocEntity } from '../../../shared/entities';
import { entityGroups } from './format';

interface EntityPickerProps {
  /** The select's label, e.g. "Merge into" or "Entity to link". */
  label: string;
  /** The confirming button's text. */
  action: string;
  entities: readonly DocEntity[];
  onPick(id: string): Promise<boolean>;
  onCancel(): void;
}

/**
 * Picks one of the document's entities: a native select (type-to-find works in it), grouped by
 * type and sorted by name, and a button that confirms.
 */
export function EntityPicker({ label, action, entities, onPick, onCancel }: EntityPickerProps) {
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const groups = entityGroups
    .map((group) => ({
      ...group,
      entities: entities
        .filter((entity) => entity.type === group.type)
        .sort((a, b) => a.canonical.localeCompare(b.canonical)),
    }))
    .filter((group) => group.entities.length > 0);

  const pick = async () => {
    if (choice === '') return;
    setBusy(true);
    const done = await onPick(choice);
    setBusy(false);
    if (done) setChoice('');
  };

  return (
    <form
      className="entity-picker"
      onSubmit={(event) => {
        event.preventDefault();
        void pick();
      }}
    >
      <label className="field-label" htmlFor={selectId}>
        {label}
      </label>
      <select
        id={selectId}
        className="entity-select"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onCancel();
        }}
      >
        <option value="">Choose an entity…</option>
        {groups.map((group) => (
          <optgroup key={group.type} label={group.label}>
            {group.entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.canonical}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="entity-form-buttons">
        <button
          type="submit"
          className="button button-small button-primary"
          disabled={busy || choice === ''}
        >
          {action}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
