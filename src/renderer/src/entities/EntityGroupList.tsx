import { useId } from 'react';
import type { DocEntity } from '../../../shared/entities';
import { EntityItem } from './EntityItem';
import { countText } from './format';

interface EntityGroupListProps {
  label: string;
  entities: readonly DocEntity[];
  onSelect(id: string): void;
}

/** One type's entities under its heading and count ("People 12"). */
export function EntityGroupList({ label, entities, onSelect }: EntityGroupListProps) {
  const headingId = useId();
  return (
    <section className="entity-group" aria-labelledby={headingId}>
      <h3 className="entity-group-title" id={headingId}>
        {label}
        <span className="entity-group-count">
          <span className="visually-hidden">, </span>
          {countText(entities.length)}
        </span>
      </h3>
      <ul className="entity-list" aria-label={label}>
        {entities.map((entity) => (
          <EntityItem key={entity.id} entity={entity} onSelect={() => onSelect(entity.id)} />
        ))}
      </ul>
    </section>
  );
}
