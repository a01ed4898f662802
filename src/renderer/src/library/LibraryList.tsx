import type { Ref } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { InlineError } from '../ui/InlineError';
import { LibraryItem } from './LibraryItem';
import type { LibraryState } from './useLibrary';

interface LibraryListProps {
  state: LibraryState;
  /** The documents to show, filtered and sorted. */
  shown: readonly DocumentSummary[];
  filter: string;
  openId: string | null;
  renamingId: string | null;
  listRef: Ref<HTMLUListElement>;
  onOpen(id: string): void;
  onStartRename(id: string | null): void;
  onRename(id: string, title: string): Promise<unknown>;
  onDelete(doc: DocumentSummary): void;
  onClearFilter(): void;
}

export function LibraryList(props: LibraryListProps) {
  const { state, shown, filter, openId, renamingId, listRef } = props;
  if (state.status === 'loading') {
    return (
      <p className="library-status" role="status">
        Loading your library…
      </p>
    );
  }
  if (state.status === 'error') {
    return <InlineError title="The library could not be loaded." message={state.message} />;
  }
  if (state.documents.length === 0) {
    return (
      <div className="library-empty">
        <p className="library-empty-title">Your library is empty</p>
        <p className="library-empty-hint">
          Import a plain-text file with <code>gloss import FILE</code> and it will appear here.
        </p>
      </div>
    );
  }
  if (shown.length === 0) {
    return (
      <div className="library-empty" role="status">
        <p className="library-empty-title">No documents match “{filter.trim()}”</p>
        <p className="library-empty-hint">The filter looks at titles and sources.</p>
        <button type="button" className="button library-clear" onClick={props.onClearFilter}>
          Clear filter
        </button>
      </div>
    );
  }
  return (
    <ul className="library-list" aria-label="Library" ref={listRef}>
      {shown.map((doc) => (
        <LibraryItem
          key={doc.id}
          doc={doc}
          isOpen={doc.id === openId}
          renaming={doc.id === renamingId}
          onOpen={props.onOpen}
          onStartRename={props.onStartRename}
          onRename={props.onRename}
          onDelete={props.onDelete}
        />
      ))}
    </ul>
  );
}
