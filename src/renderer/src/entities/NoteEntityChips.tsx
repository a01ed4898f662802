import { useState, type MouseEvent } from 'react';
import { useEntitiesContext } from './EntitiesContext';
import { EntityPicker } from './EntityPicker';

interface NoteEntityChipsProps {
  noteId: string;
  /**
   * Whether the chips act (open the entity, remove the link) and "Link entity…" is offered: on
   * the selected item only, so that a click anywhere else on an item still selects it.
   */
  interactive: boolean;
}

const kindTitle = { auto: 'Linked automatically', manual: 'Linked by you' } as const;

/** Inside a clickable note item, the chips' buttons act on their own, not on the item. */
const alone =
  (action: () => void) =>
  (event: MouseEvent): void => {
    event.stopPropagation();
    action();
  };

/**
 * The entities a note is linked to, as chips: the name opens the entity's card, × removes the
 * link (an automatic one stays removed). "Link entity…" adds a link by hand.
 */
export function NoteEntityChips({ noteId, interactive }: NoteEntityChipsProps) {
  const entities = useEntitiesContext();
  const [linking, setLinking] = useState(false);
  const links = entities.links.filter((link) => link.noteId === noteId);
  const linked = links.flatMap((link) => {
    const entity = entities.entityById.get(link.entityId);
    return entity ? [{ link, entity }] : [];
  });
  const linkedIds = new Set(links.map((link) => link.entityId));
  const linkable = entities.entities.filter(
    (entity) => !entity.hidden && !linkedIds.has(entity.id),
  );

  if (linked.length === 0 && !interactive) return null;
  return (
    <div className="note-entities">
      {linked.length > 0 && (
        <ul className="entity-chips" aria-label="Linked entities">
          {linked.map(({ link, entity }) => (
            <li
              key={entity.id}
              className="entity-chip"
              data-entity-id={entity.id}
              data-entity-type={entity.type}
              data-link-kind={link.kind}
              title={kindTitle[link.kind]}
            >
              {interactive ? (
                <>
                  <button
                    type="button"
                    className="entity-chip-name"
                    onClick={alone(() => entities.select(entity.id, true))}
                  >
                    <span
                      className="entity-dot"
                      data-entity-type={entity.type}
                      aria-hidden="true"
                    />
                    {entity.canonical}
                  </button>
                  <button
                    type="button"
                    className="entity-chip-remove"
                    aria-label={`Remove link to ${entity.canonical}`}
                    title={`Remove link (${kindTitle[link.kind].toLowerCase()})`}
                    onClick={alone(() => void entities.unlink(noteId, entity.id))}
                  >
                    ×
                  </button>
                </>
              ) : (
                <span className="entity-chip-name">
                  <span className="entity-dot" data-entity-type={entity.type} aria-hidden="true" />
                  {entity.canonical}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {interactive &&
        (linking ? (
          <EntityPicker
            label="Entity to link"
            action="Link"
            entities={linkable}
            onPick={async (entityId) => {
              const done = await entities.link(noteId, entityId);
              if (done) setLinking(false);
              return done;
            }}
            onCancel={() => setLinking(false)}
          />
        ) : (
          <button
            type="button"
            className="link-button"
            disabled={linkable.length === 0}
            onClick={alone(() => setLinking(true))}
          >
            Link entity…
          </button>
        ))}
    </div>
  );
}
