import { useEffect, useRef, useState } from 'react';
import type { DocEntity } from '../../../shared/entities';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { CardMentions } from './CardMentions';
import { CardNotes } from './CardNotes';
import { useEntitiesContext } from './EntitiesContext';
import { EntityAliases } from './EntityAliases';
import { EntityCorrections } from './EntityCorrections';
import { EntityTypeSelect } from './EntityTypeSelect';
import { countText, formatValue, mentionsText, plainExcerpt } from './format';
import { sideBySide } from '../ui/layout';
import { RenameForm } from './RenameForm';

interface EntityCardProps {
  /** The entity as the document's list has it; the card adds the library-wide part. */
  entity: DocEntity;
  documentId: string;
  onBack(): void;
}

const plural = (count: number, one: string, many: string) =>
  `${countText(count)} ${count === 1 ? one : many}`;

/** The selected entity: its name, type and value, corrections, aliases, mentions and notes. */
export function EntityCard({ entity, documentId, onBack }: EntityCardProps) {
  const entities = useEntitiesContext();
  const annotations = useAnnotationsContext();
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { card } = entities;
  const library = card?.entity;
  const value = formatValue(entity.type, entity.value);

  // Focus moves to the card's name when it opens, so keyboard and screen reader users land in
  // it. Beside the reader the panel also scrolls to it; stacked under the article, the reader
  // has just scrolled to the first mention and must stay there.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    if (sideBySide())
      heading.current?.closest('.entity-card')?.scrollIntoView({ block: 'nearest' });
  }, [entity.id]);

  const quoteOfHighlight = (highlightId: string | null) =>
    annotations.highlights.find((item) => item.id === highlightId)?.quote.exact;

  return (
    <article
      className="entity-card"
      data-entity-card={entity.id}
      data-entity-type={entity.type}
      aria-label={`Entity: ${entity.canonical}`}
    >
      <button type="button" className="entity-back" onClick={onBack}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M10 3.5 5.5 8l4.5 4.5" />
        </svg>
        All entities
      </button>
      <header className="entity-card-head">
        <EntityTypeSelect entity={entity} />
        {renaming ? (
          <RenameForm
            name={entity.canonical}
            onSave={async (name) => {
              const done = await entities.rename(entity.id, name);
              if (done) setRenaming(false);
              return done;
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h3 className="entity-card-name" ref={heading} tabIndex={-1}>
            {entity.canonical}
          </h3>
        )}
        {value !== null && value !== entity.canonical && (
          <p className="entity-card-value">{value}</p>
        )}
        <p className="entity-card-stats">
          {mentionsText(entity.mentionCount)} here
          {library && library.documentCount > 1 && (
            <>
              {' · '}
              {plural(library.mentionCount, 'mention', 'mentions')} in{' '}
              {plural(library.documentCount, 'document', 'documents')}
            </>
          )}
        </p>
      </header>
      <EntityCorrections entity={entity} onRename={() => setRenaming(true)} />
      <EntityAliases entity={entity} onSplit={(alias) => void entities.split(entity.id, alias)} />
      {card && (
        <>
          <CardMentions
            mentions={card.mentions}
            documentId={documentId}
            here={entities.selectedMentions}
            total={library?.mentionCount ?? card.mentions.length}
            currentIndex={entities.currentIndex}
            onJump={entities.goToMention}
          />
          <CardNotes
            notes={card.notes}
            documentNotes={annotations.notes}
            documentId={documentId}
            quoteOf={(note) => {
              const quote = quoteOfHighlight(note.highlightId);
              return plainExcerpt(quote ? `“${quote}” ${note.body}` : note.body, 80);
            }}
            onLink={(noteId) => entities.link(noteId, entity.id)}
            onUnlink={(noteId) => void entities.unlink(noteId, entity.id)}
          />
        </>
      )}
    </article>
  );
}
