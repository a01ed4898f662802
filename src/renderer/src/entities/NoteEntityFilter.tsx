import { useId } from 'react';
import { useEntitiesContext } from './EntitiesContext';

interface NoteEntityFilterProps {
  value: string | null;
  onChange(entityId: string | null): void;
}

/** The Notes panel's entity filter: "All entities" and each entity some note is linked to. */
export function NoteEntityFilter({ value, onChange }: NoteEntityFilterProps) {
  const entities = useEntitiesContext();
  const id = useId();
  const withNotes = [...new Set(entities.links.map((link) => link.entityId))]
    .flatMap((entityId) => {
      const entity = entities.entityById.get(entityId);
      return entity ? [entity] : [];
    })
    .sort((a, b) => a.canonical.localeCompare(b.canonical));
  if (withNotes.length === 0 && value === null) return null;
  return (
    <div className="notes-entity-filter">
      <label className="visually-hidden" htmlFor={id}>
        Filter by entity
      </label>
      <select
        id={id}
        className="tag-select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">All entities</option>
        {withNotes.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.canonical}
          </option>
        ))}
      </select>
    </div>
  );
}
