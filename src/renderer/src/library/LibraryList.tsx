import type { Ref } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { InlineError } from '../shell/InlineError';
import { LibraryItem } from './LibraryItem';
import type { LibraryState } from './useLibrary';

interface LibraryListProps {
  state: LibraryState;
  openId: string | null;
  listRef: Ref<HTMLUListElement>;
  onOpen(id: string): void;
  onDelete(doc: DocumentSummary): void;
}

export function LibraryList({ state, openId, listRef, onOpen, onDelete }: LibraryListProps) {
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
  return (
    <ul className="library-list" aria-label="Library" ref={listRef}>
      {state.documents.map((doc) => (
        <LibraryItem
          key={doc.id}
          doc={doc}
          isOpen={doc.id === openId}
          onOpen={onOpen}
          onDelete={onDelete}
        />
      ))}
    </ul>
  );
}
