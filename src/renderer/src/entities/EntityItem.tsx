import type { DocEntity } from '../../../shared/entities';
import { countText, entityLabel, formatValue } from './format';

interface EntityItemProps {
  entity: DocEntity;
  onSelect(): void;
}

/** One entity in the panel: its name, its value for dates and amounts, and its mention count. */
export function EntityItem({ entity, onSelect }: EntityItemProps) {
  const value = formatValue(entity.type, entity.value);
  return (
    <li>
      <button
        type="button"
        className="entity-item"
        data-entity-id={entity.id}
        data-entity-type={entity.type}
        onClick={onSelect}
      >
        <span className="entity-dot" data-entity-type={entity.type} aria-hidden="true" />
        {/*
          Named by this hidden text rather than aria-label, whose name axe (WCAG 2.5.3) wants to
          hold the shown words in one run: it begins with the name shown.
        */}
        <span className="visually-hidden">{entityLabel(entity)}</span>
        <span className="entity-item-text" aria-hidden="true">
          <span className="entity-name">{entity.canonical}</span>
          {value !== null && value !== entity.canonical && (
            <span className="entity-value">{value}</span>
          )}
        </span>
        {entity.noteCount > 0 && (
          <span
            className="entity-notes-badge"
            title={`${entity.noteCount} linked ${entity.noteCount === 1 ? 'note' : 'notes'}`}
            aria-hidden="true"
          >
            <svg viewBox="0 0 16 16">
              <path d="M3.5 2.5h9v8l-3 3h-6z M9.5 13.5v-3h3" />
            </svg>
            {entity.noteCount}
          </span>
        )}
        <span className="entity-count" aria-hidden="true">
          {countText(entity.mentionCount)}
        </span>
      </button>
    </li>
  );
}
