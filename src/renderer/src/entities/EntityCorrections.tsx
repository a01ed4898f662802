import { useState } from 'react';
import type { DocEntity } from '../../../shared/entities';
import { useEntitiesContext } from './EntitiesContext';
import { EntityPicker } from './EntityPicker';

interface EntityCorrectionsProps {
  entity: DocEntity;
  onRename(): void;
}

/**
 * The corrections on a card: rename, merge into another entity, hide (the type is changed in
 * the card's head, EntityTypeSelect). Each
 * takes effect once the core has stored it; the card and list then show the result.
 */
export function EntityCorrections({ entity, onRename }: EntityCorrectionsProps) {
  const entities = useEntitiesContext();
  const [merging, setMerging] = useState(false);
  const others = entities.entities.filter((item) => item.id !== entity.id && !item.hidden);

  return (
    <div className="entity-corrections">
      <div className="entity-corrections-row">
        <button type="button" className="button button-small" onClick={onRename}>
          Rename
        </button>
        <button
          type="button"
          className="button button-small"
          aria-expanded={merging}
          disabled={others.length === 0}
          onClick={() => setMerging((open) => !open)}
        >
          Merge into…
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void entities.hide(entity.id, !entity.hidden)}
        >
          {entity.hidden ? 'Unhide' : 'Hide'}
        </button>
      </div>
      {merging && (
        <EntityPicker
          label={`Merge “${entity.canonical}” into`}
          action="Merge"
          entities={others}
          onPick={async (intoId) => {
            const done = await entities.merge(entity.id, intoId);
            if (done) setMerging(false);
            return done;
          }}
          onCancel={() => setMerging(false)}
        />
      )}
    </div>
  );
}
