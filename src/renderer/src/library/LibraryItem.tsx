import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { formatDate } from '../../../shared/dates';
import { MetaSeparator } from '../ui/MetaSeparator';
import { PencilIcon } from '../ui/PencilIcon';
import { TrashIcon } from '../ui/TrashIcon';
import { countParts, formatBadge } from './libraryView';
import './formatBadge.css';
import { RenameField } from './RenameField';

interface LibraryItemProps {
  doc: DocumentSummary;
  /** Where the row stands in the whole (filtered, sorted) list, from 0, and its length. */
  index: number;
  setSize: number;
  /** Lets the virtual list measure the row's height. */
  measureRef(element: HTMLLIElement | null): void;
  isOpen: boolean;
  renaming: boolean;
  onOpen(id: string): void;
  onStartRename(id: string | null): void;
  onRename(id: string, title: string): Promise<unknown>;
  onDelete(doc: DocumentSummary): void;
}

/**
 * One document in the library. The open button holds only the title, so its accessible name is
 * the title; a stretched hit area (CSS) makes the whole row clickable. While renaming, a text
 * field takes the title's place. Memoised: scrolling re-renders the list, and the rows that stay
 * in view have nothing to change.
 */
export const LibraryItem = memo(function LibraryItem(props: LibraryItemProps) {
  const { doc, index, setSize, measureRef, isOpen, renaming } = props;
  const { onOpen, onStartRename, onRename, onDelete } = props;
  const added = formatDate(doc.addedAt);
  const badge = formatBadge(doc);

  return (
    <li
      ref={measureRef}
      className="library-item"
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-document-id={doc.id}
      data-renaming={renaming ? 'true' : undefined}
    >
      {renaming ? (
        <RenameField
          title={doc.title}
          onSave={(title) => onRename(doc.id, title)}
          onDone={() => onStartRename(null)}
        />
      ) : (
        <button
          type="button"
          className="library-open"
          aria-current={isOpen ? 'true' : undefined}
          onClick={() => onOpen(doc.id)}
        >
          {doc.title}
        </button>
      )}
      <p className="library-meta">
        {badge && (
          <span className="library-format" data-testid="library-format">
            <span className="format-badge">{badge.format}</span>
            {badge.extent && <span className="format-extent">{badge.extent}</span>}
          </span>
        )}
        <span className="library-source">{doc.source}</span>
        <MetaSeparator />
        <time className="library-added" dateTime={doc.addedAt} title={`Added ${added}`}>
          <span className="visually-hidden">Added </span>
          {added}
        </time>
      </p>
      <p className="library-counts" data-testid="library-counts">
        {countParts(doc).join(' · ')}
      </p>
      {!renaming && (
        <div className="library-actions">
          <button
            type="button"
            className="icon-button library-action"
            aria-label={`Rename ${doc.title}`}
            title="Rename"
            onClick={() => onStartRename(doc.id)}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className="icon-button library-action library-delete"
            aria-label={`Delete ${doc.title}`}
            title="Move to Trash"
            onClick={() => onDelete(doc)}
          >
            <TrashIcon />
          </button>
        </div>
      )}
    </li>
  );
});
