import { useId } from 'react';
import { entityTypes, type DocEntity } from '../../../shared/entities';
import { useEntitiesContext } from './EntitiesContext';
import { toEntityType, typeName } from './format';

interface EntityTypeSelectProps {
  entity: DocEntity;
}

/** The entity's type at the top of its card, which is also where it is changed. */
export function EntityTypeSelect({ entity }: EntityTypeSelectProps) {
  const entities = useEntitiesContext();
  const id = useId();
  return (
    <div className="entity-type-pill" data-entity-type={entity.type}>
      <label className="visually-hidden" htmlFor={id}>
        Change type
      </label>
      <select
        id={id}
        className="entity-type-select"
        value={entity.type}
        title="Change type"
        onChange={(event) => void entities.retype(entity.id, toEntityType(event.target.value))}
      >
        {entityTypes.map((type) => (
          <option key={type} value={type}>
            {typeName(type)}
          </option>
        ))}
      </select>
      {entity.hidden && <span className="entity-hidden-flag">· hidden</span>}
    </div>
  );
}
