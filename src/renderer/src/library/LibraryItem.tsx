import type { DocumentSummary } from '../../../shared/model';
import { formatDate } from '../format/dates';
import { MetaSeparator } from '../shell/MetaSeparator';
import { TrashIcon } from '../shell/TrashIcon';

interface LibraryItemProps {
  doc: DocumentSummary;
  isOpen: boolean;
  onOpen(id: string): void;
  onDelete(doc: DocumentSummary): void;
}

/**
 * One document in the library. The open button holds only the title, so its accessible name is
 * the title; a stretched hit area (CSS) makes the whole row clickable.
 */
export function LibraryItem({ doc, isOpen, onOpen, onDelete }: LibraryItemProps) {
  const added = formatDate(doc.addedAt);
  return (
    <li className="library-item" data-document-id={doc.id}>
      <button
        type="button"
        className="library-open"
        aria-current={isOpen ? 'true' : undefined}
        onClick={() => onOpen(doc.id)}
      >
        {doc.title}
      </button>
      <p className="library-meta">
        <span className="library-source">{doc.source}</span>
        <MetaSeparator />
        <time className="library-added" dateTime={doc.addedAt} title={`Added ${added}`}>
          <span className="visually-hidden">Added </span>
          {added}
        </time>
      </p>
      <button
        type="button"
        className="icon-button library-delete"
        aria-label={`Delete ${doc.title}`}
        title="Delete"
        onClick={() => onDelete(doc)}
      >
        <TrashIcon />
      </button>
    </li>
  );
}
