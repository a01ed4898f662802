import type { TrashedDocument } from '../../../shared/model';
import { formatDate } from '../../../shared/dates';
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
      {/* Two lines, not one with a separator: beside the buttons it would break at the dot. */}
      <div className="trash-meta">
        <p className="library-meta">
          <time dateTime={doc.deletedAt}>Deleted {deleted}</time>
        </p>
        <p className="library-meta">{countParts(doc).slice(0, 2).join(' · ')}</p>
      </div>
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
          disabled={busy}
          onClick={() => onDeleteForever(doc)}
        >
          {/* Named `Delete <title> forever` by hidden text, which holds the words shown. */}
          <span aria-hidden="true">Delete forever</span>
          <span className="visually-hidden">{`Delete ${doc.title} forever`}</span>
        </button>
      </div>
    </li>
  );
}
