import type { TrashedDocument } from '../../../shared/model';
import { formatDate } from '../format/dates';
import { MetaSeparator } from '../shell/MetaSeparator';
import { countParts } from './libraryView';

interface TrashItemProps {
  doc: TrashedDocument;
  busy: boolean;
  onRestore(doc: TrashedDocument): void;
  onDeleteForever(doc: TrashedDocument): void;
}

/** One document in the Trash: what it is, when it was deleted, and the two ways out. */
export function TrashItem({ doc, busy, onRestore, onDeleteForever }: TrashItemProps) {
  const deleted = formatDate(doc.deletedAt);
  return (
    <li className="trash-item" data-document-id={doc.id}>
      <p className="trash-title">{doc.title}</p>
      <p className="library-meta trash-meta">
        <time dateTime={doc.deletedAt}>Deleted {deleted}</time>
        <MetaSeparator />
        <span>{countParts(doc).slice(0, 2).join(' · ')}</span>
      </p>
      <div className="trash-actions">
        <button
          type="button"
          className="button trash-restore"
          aria-label={`Restore ${doc.title}`}
          disabled={busy}
          onClick={() => onRestore(doc)}
        >
          Restore
        </button>
        <button
          type="button"
          className="button trash-forever"
          aria-label={`Delete ${doc.title} forever`}
          disabled={busy}
          onClick={() => onDeleteForever(doc)}
        >
          Delete forever
        </button>
      </div>
    </li>
  );
}
