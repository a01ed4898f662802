import type { DocEntity } from '../../../shared/entities';
import { EntityItem } from './EntityItem';

interface HiddenEntitiesProps {
  entities: readonly DocEntity[];
  onSelect(id: string): void;
}

/** Entities the reader marked as false ones: out of the way, collapsed, but still reachable. */
export function HiddenEntities({ entities, onSelect }: HiddenEntitiesProps) {
  if (entities.length === 0) return null;
  return (
    <details className="entity-group entity-hidden">
      <summary className="entity-group-title">
        Hidden
        <span className="entity-group-count">
          <span className="visually-hidden">, </span>
          {entities.length}
        </span>
      </summary>
      <ul className="entity-list" aria-label="Hidden">
        {entities.map((entity) => (
          <EntityItem key={entity.id} entity={entity} onSelect={() => onSelect(entity.id)} />
        ))}
      </ul>
    </details>
  );
}
