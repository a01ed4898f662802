import type { DocEntity } from '../../../shared/entities';
import { countText, typeName } from './format';
import './mentionBar.css';

interface MentionNavigatorProps {
  entity: DocEntity;
  /** 0-based. */
  index: number;
  count: number;
  onStep(delta: -1 | 1): void;
  onClose(): void;
}

/**
 * The bar under the selected entity's marks, like a find bar: which mention is current, the
 * way to the previous and next ones (also `[` and `]`), and the way to take the marks away.
 */
export function MentionNavigator({ entity, index, count, onStep, onClose }: MentionNavigatorProps) {
  return (
    <div className="mention-nav" role="group" aria-label="Mentions">
      <span className="mention-nav-name">
        <span className="entity-dot" data-entity-type={entity.type} aria-hidden="true" />
        <span className="visually-hidden">{typeName(entity.type)}: </span>
        {entity.canonical}
      </span>
      <p className="mention-nav-position" aria-live="polite">
        {count === 0
          ? 'No mentions in this document'
          : `Mention ${countText(index + 1)} of ${countText(count)}`}
      </p>
      <span className="mention-nav-buttons">
        <button
          type="button"
          className="icon-button"
          aria-label="Previous mention"
          title="Previous mention ( [ )"
          disabled={count < 2}
          onClick={() => onStep(-1)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M10 3.5 5.5 8l4.5 4.5" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Next mention"
          title="Next mention ( ] )"
          disabled={count < 2}
          onClick={() => onStep(1)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 3.5 10.5 8 6 12.5" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Clear entity marks"
          title="Clear marks"
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="m4 4 8 8M12 4l-8 8" />
          </svg>
        </button>
      </span>
    </div>
  );
}
