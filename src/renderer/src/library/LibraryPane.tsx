import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { call, errorMessage } from '../api';
import { takeEarlyOrCall } from '../api/earlyCalls';
import { ImportMenu } from '../importing/ImportMenu';
import { TrashIcon } from '../ui/TrashIcon';
import { Wordmark } from '../ui/Wordmark';
import { DeleteDialog } from './DeleteDialog';
import { LibraryControls } from './LibraryControls';
import { LibraryList } from './LibraryList';
import type { LibraryListHandle } from './VirtualLibraryList';
import { createFilterCache } from './filterCache';
import { loadSortKey, prepareFilter, saveSortKey, sortKeys, type SortKey } from './libraryView';
import { createSortCache } from './sortCache';
import { lazyComponent } from '../ui/lazyComponent';
import { runWhenIdle } from '../ui/idleSteps';
import { afterNextPaint } from '../ui/afterPaint';
import type { Library } from './useLibrary';
import { useTrash } from './useTrash';
import './library.css';

// Not on the first screen: loaded when first shown (see lazyComponent).
const TrashDialog = lazyComponent(() =>
  import('./TrashDialog').then((module) => module.TrashDialog),
);

interface LibraryPaneProps {
  library: Library;
  onOpen(id: string): void;
  /** A document was renamed: the reader shows the new title. */
  onRenamed(summary: DocumentSummary): void;
}

interface PendingDelete {
  doc: DocumentSummary;
  busy: boolean;
  error: string | null;
}

const storage = (): Storage | undefined => globalThis.localStorage;

/** Documents folded for the filter in one idle period. */
const foldedPerStep = 1_000;

export function LibraryPane({ library, onOpen, onRenamed }: LibraryPaneProps) {
  const [pending, setPending] = useState<PendingDelete | null>(null);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey>(() => loadSortKey(storage()));
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const trash = useTrash();
  const paneRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<LibraryListHandle>(null);
  const [sortCache] = useState(createSortCache);
  const [filterCache] = useState(createFilterCache);
  // Row to focus once the list has re-rendered after a delete (the focused row is gone).
  const focusRowAfterDelete = useRef<number | null>(null);
  const { state } = library;
  const count = state.status === 'ready' ? state.documents.length : null;
  const trashCount = trash.documents?.length ?? null;

  useEffect(() => {
    let current = true;
    // Asked for as the page started (startup.ts).
    takeEarlyOrCall('preferences.get', {}).then(
      ({ librarySort }) => {
        if (current) setSort(librarySort);
      },
      // The sort last used on this origin stays: nothing the reader needs to hear about.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  // Sorted once per library change and sort; a keystroke in the filter only filters.
  const sorted = useMemo(
    () => (state.status === 'ready' ? sortCache.sorted(state.documents, sort) : []),
    [state, sort, sortCache],
  );
  const shown = useMemo(() => filterCache.filtered(sorted, filter), [sorted, filter, filterCache]);

  // The other orders are sorted and the titles folded for the filter while the app is idle, so
  // choosing a sort or typing the first letter answers within a frame.
  useEffect(() => {
    if (state.status !== 'ready') return;
    const { documents } = state;
    // Folded a thousand at a time: all 10,000 in one idle period held up a key pressed then.
    const folding = Array.from(
      { length: Math.ceil(documents.length / foldedPerStep) },
      (_, step) => () =>
        prepareFilter(documents.slice(step * foldedPerStep, (step + 1) * foldedPerStep)),
    );
    return runWhenIdle([
      ...folding,
      ...sortKeys.map((key) => () => {
        sortCache.sorted(documents, key);
      }),
    ]);
  }, [state, sortCache]);

  useEffect(() => {
    const row = focusRowAfterDelete.current;
    // Wait for the dialog to close: while it is modal, nothing outside it can take focus.
    if (row === null || pending !== null) return;
    focusRowAfterDelete.current = null;
    const focused = listRef.current?.focusRow(Math.min(row, shown.length - 1)) ?? false;
    if (!focused) paneRef.current?.focus();
  }, [state, pending, shown.length]);

  const confirmDelete = async () => {
    if (!pending) return;
    const { doc } = pending;
    setPending({ doc, busy: true, error: null });
    const row = shown.findIndex((d) => d.id === doc.id);
    try {
      focusRowAfterDelete.current = Math.max(0, row);
      await library.remove(doc.id);
      setPending(null);
      void trash.refresh();
    } catch (error) {
      focusRowAfterDelete.current = null;
      setPending({ doc, busy: false, error: errorMessage(error) });
    }
  };

  // The same functions at every render, so the memoised rows skip a render that changes nothing.
  const { rename: renameDocument } = library;
  const rename = useCallback(
    async (id: string, title: string) => onRenamed(await renameDocument(id, title)),
    [renameDocument, onRenamed],
  );
  const askDelete = useCallback(
    (doc: DocumentSummary) => setPending({ doc, busy: false, error: null }),
    [],
  );

  const chooseSort = (key: SortKey) => {
    setSort(key);
    // Failing to remember a sort is not worth interrupting anyone: it applies either way. Sent
    // after the new order is painted: starting a request costs a few milliseconds of the frame,
    // and writing local storage one.
    afterNextPaint(() => {
      saveSortKey(storage(), key);
      call('preferences.update', { librarySort: key }).catch(() => undefined);
    });
  };

  return (
    <div className="library-pane" id="library-pane" ref={paneRef} tabIndex={-1}>
      <div className="library-header">
        <Wordmark />
        <div className="library-heading-row">
          <p className="pane-label">
            Library
            {count !== null && <span className="pane-count"> {count}</span>}
          </p>
        </div>
        <ImportMenu />
      </div>
      {count !== null && count > 0 && (
        <LibraryControls filter={filter} sort={sort} onFilter={setFilter} onSort={chooseSort} />
      )}
      <LibraryList
        state={state}
        shown={shown}
        filter={filter}
        openId={library.openId}
        renamingId={renamingId}
        scrollRef={paneRef}
        handleRef={listRef}
        onOpen={onOpen}
        onStartRename={setRenamingId}
        onRename={rename}
        onDelete={askDelete}
        onClearFilter={() => setFilter('')}
      />
      <div className="library-footer">
        <button type="button" className="library-trash-button" onClick={() => setTrashOpen(true)}>
          <TrashIcon />
          Trash
          {trashCount !== null && trashCount > 0 && (
            <span className="library-trash-count"> {trashCount}</span>
          )}
        </button>
      </div>
      {pending && (
        <DeleteDialog
          title={pending.doc.title}
          busy={pending.busy}
          error={pending.error}
          onCancel={() => setPending(null)}
          onConfirm={() => void confirmDelete()}
        />
      )}
      {trashOpen && (
        <TrashDialog
          trash={trash}
          onRestored={library.refresh}
          onClose={() => setTrashOpen(false)}
        />
      )}
    </div>
  );
}
