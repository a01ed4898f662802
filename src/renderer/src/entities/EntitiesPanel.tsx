import { useId, useMemo, useRef, useState } from 'react';
import { AddFromSelection } from './AddFromSelection';
import { useEntitiesContext } from './EntitiesContext';
import { EntityCard } from './EntityCard';
import { EntityGroupList } from './EntityGroupList';
import { ExtractionProgress } from './ExtractionProgress';
import { countText, groupEntities } from './format';
import { HiddenEntities } from './HiddenEntities';
import './entities.css';
import './entityCard.css';

interface EntitiesPanelProps {
  documentId: string;
}

const shownText = (shown: number, total: number): string => {
  const all = `${countText(total)} ${total === 1 ? 'entity' : 'entities'}`;
  return shown === total ? all : `${countText(shown)} of ${all}`;
};

/**
 * The Entities tab: the document's people, organisations, places, dates and amounts, grouped
 * by type and filterable; selecting one opens its card and marks its mentions in the reader.
 */
export function EntitiesPanel({ documentId }: EntitiesPanelProps) {
  const entities = useEntitiesContext();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { status, selectedId } = entities;
  const selected = selectedId === null ? undefined : entities.entityById.get(selectedId);

  const back = () => {
    const id = selectedId;
    entities.select(null);
    // Back in the list, focus returns to the item that was open.
    requestAnimationFrame(() => {
      if (id === null) return;
      listRef.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"]`)?.focus();
    });
  };

  const { groups, hidden } = useMemo(
    () => groupEntities(entities.entities, filter),
    [entities.entities, filter],
  );
  const shown = groups.reduce((sum, group) => sum + group.entities.length, 0) + hidden.length;
  const ready = status === 'ready';

  return (
    <section className="entities" aria-label="Entities">
      {entities.error !== null && (
        <p className="notes-error" role="alert">
          {entities.error}
        </p>
      )}
      <p className="entities-message" role="status">
        {entities.message}
      </p>
      {selected ? (
        <EntityCard entity={selected} documentId={documentId} onBack={back} />
      ) : (
        <div className="entities-browse" ref={listRef}>
          <div className="entities-toolbar">
            <label className="visually-hidden" htmlFor={filterId}>
              Filter entities
            </label>
            <input
              id={filterId}
              className="filter-box"
              type="search"
              placeholder="Filter entities"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            <div className="entities-toolbar-row">
              <p className="notes-count" aria-live="polite">
                {ready && shownText(shown, entities.entities.length)}
              </p>
              <AddFromSelection text={entities.text} onAdd={entities.addFromSelection} />
            </div>
          </div>
          {status === 'extracting' && <ExtractionProgress progress={entities.progress} />}
          {ready && entities.entities.length === 0 && (
            <p className="entity-card-muted">No names, places, dates or amounts found.</p>
          )}
          {ready && entities.entities.length > 0 && shown === 0 && (
            <p className="entity-card-muted">No entity matches “{filter.trim()}”.</p>
          )}
          {groups.map((group) => (
            <EntityGroupList
              key={group.type}
              label={group.label}
              entities={group.entities}
              onSelect={entities.select}
            />
          ))}
          <HiddenEntities entities={hidden} onSelect={entities.select} />
        </div>
      )}
    </section>
  );
}
