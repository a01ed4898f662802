import type { Ref } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { InlineError } from '../ui/InlineError';
import type { LibraryState } from './useLibrary';
import { VirtualLibraryList, type LibraryListHandle } from './VirtualLibraryList';

interface LibraryListProps {
  state: LibraryState;
  /** The documents to show, filtered and sorted. */
  shown: readonly DocumentSummary[];
  filter: string;
  openId: string | null;
  renamingId: string | null;
  /** The element that scrolls the list (the library pane). */
  scrollRef: { current: HTMLElement | null };
  handleRef: Ref<LibraryListHandle>;
  onOpen(id: string): void;
  onStartRename(id: string | null): void;
  onRename(id: string, title: string): Promise<unknown>;
  onDelete(doc: DocumentSummary): void;
  onClearFilter(): void;
}

export function LibraryList(props: LibraryListProps) {
  const { state, shown, filter } = props;
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
    <VirtualLibraryList
      shown={shown}
      openId={props.openId}
      renamingId={props.renamingId}
      scrollRef={props.scrollRef}
      handleRef={props.handleRef}
      onOpen={props.onOpen}
      onStartRename={props.onStartRename}
      onRename={props.onRename}
      onDelete={props.onDelete}
    />
  );
}
