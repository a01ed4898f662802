import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { errorMessage } from '../api';
import { ImportMenu } from '../importing/ImportMenu';
import { Wordmark } from '../shell/Wordmark';
import { DeleteDialog } from './DeleteDialog';
import { LibraryList } from './LibraryList';
import type { Library } from './useLibrary';

interface LibraryPaneProps {
  library: Library;
  onOpen(id: string): void;
}

interface PendingDelete {
  doc: DocumentSummary;
  busy: boolean;
  error: string | null;
}

export function LibraryPane({ library, onOpen }: LibraryPaneProps) {
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Row to focus once the list has re-rendered after a delete (the focused row is gone).
  const focusRowAfterDelete = useRef<number | null>(null);
  const { state } = library;
  const count = state.status === 'ready' ? state.documents.length : null;

  useEffect(() => {
    const row = focusRowAfterDelete.current;
    // Wait for the dialog to close: while it is modal, nothing outside it can take focus.
    if (row === null || pending !== null) return;
    focusRowAfterDelete.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.library-open') ?? [];
    const target = buttons[Math.min(row, buttons.length - 1)];
    (target ?? paneRef.current)?.focus();
  }, [state, pending]);

  const confirmDelete = async () => {
    if (!pending) return;
    const { doc } = pending;
    setPending({ doc, busy: true, error: null });
    const row = state.status === 'ready' ? state.documents.findIndex((d) => d.id === doc.id) : 0;
    try {
      focusRowAfterDelete.current = Math.max(0, row);
      await library.remove(doc.id);
      setPending(null);
    } catch (error) {
      focusRowAfterDelete.current = null;
      setPending({ doc, busy: false, error: errorMessage(error) });
    }
  };

  return (
    <div className="library-pane" id="library-pane" ref={paneRef} tabIndex={-1}>
      <div className="library-header">
        <Wordmark />
        <p className="pane-label">
          Library
          {count !== null && <span className="pane-count"> {count}</span>}
        </p>
        <ImportMenu />
      </div>
      <LibraryList
        state={state}
        openId={library.openId}
        listRef={listRef}
        onOpen={onOpen}
        onDelete={(doc) => setPending({ doc, busy: false, error: null })}
      />
      {pending && (
        <DeleteDialog
          title={pending.doc.title}
          busy={pending.busy}
          error={pending.error}
          onCancel={() => setPending(null)}
          onConfirm={() => void confirmDelete()}
        />
      )}
    </div>
  );
}
