import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { LibraryItem } from './LibraryItem';
import { assignSlots, noSlots } from './rowSlots';

/** What the pane can ask of the list: focus a row, scrolling it into view first. */
export interface LibraryListHandle {
  focusRow(index: number): boolean;
}

interface VirtualLibraryListProps {
  shown: readonly DocumentSummary[];
  openId: string | null;
  renamingId: string | null;
  /** The element that scrolls the list (the library pane). */
  scrollRef: { current: HTMLElement | null };
  handleRef: Ref<LibraryListHandle>;
  onOpen(id: string): void;
  onStartRename(id: string | null): void;
  onRename(id: string, title: string): Promise<unknown>;
  onDelete(doc: DocumentSummary): void;
}

/** A row's height before it is measured: title, meta and counts lines. */
const estimatedRowPx = 84;
/** Rows rendered beyond each edge of the view, so Tab and short scrolls find them ready. */
const overscan = 4;

/**
 * The library's rows, only those in view (and a few around) in the DOM: 10,000 documents cost
 * what thirty do. Rows keep their roles and names; each says where it stands in the whole list
 * (aria-posinset / aria-setsize), so a screen reader still announces "12 of 10,000". Tabbing to
 * the last rendered row scrolls it into view, which renders the next ones.
 *
 * Rows are keyed by slots (rowSlots.ts), so a new sort or filter keystroke changes the text of
 * the rows in view instead of building them afresh. Sizes are cached by place in the list, not
 * by document (a key per document would make the virtualizer lay out all 10,000 again at every
 * change); the virtualizer's ResizeObserver measures a row again when its new document makes it
 * taller or shorter.
 */
export function VirtualLibraryList(props: VirtualLibraryListProps) {
  const { shown, openId, renamingId, scrollRef, handleRef } = props;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The list starts below the pane's header and controls: its offset in the scrolled content,
  // measured again whenever something above it changes size (an import's progress line).
  useLayoutEffect(() => {
    const list = listRef.current;
    const pane = scrollRef.current;
    if (!list || !pane) return;
    const measure = () => {
      const offset = list.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      setScrollMargin(Math.round(offset + pane.scrollTop));
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const element of pane.children) {
      if (element === list || element.contains(list)) break;
      observer.observe(element);
    }
    return () => observer.disconnect();
  }, [scrollRef]);

  // The app is not built with the React Compiler, whose memoizing this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowPx,
    overscan,
    scrollMargin,
  });

  const focusRow = (index: number): boolean => {
    if (index < 0 || index >= shown.length) return false;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const row = listRef.current?.querySelector<HTMLButtonElement>(
      `[data-index="${index}"] .library-open`,
    );
    row?.focus();
    return row !== null && row !== undefined;
  };
  useImperativeHandle(handleRef, () => ({ focusRow }));

  // A rename that ended took the focus with its field: give it to the renamed document's title
  // (wherever the new title sorted it), unless the user moved elsewhere meanwhile.
  const renamedId = useRef(renamingId);
  useEffect(() => {
    const renamed = renamedId.current;
    renamedId.current = renamingId;
    if (renamed === null || renamingId !== null) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) focusRow(shown.findIndex((doc) => doc.id === renamed));
  });

  const rows = virtualizer.getVirtualItems();
  // Given out again at every render: a document still shown keeps its slot, so a second run
  // with the same rows gives the same keys.
  const slots = useRef(noSlots);
  slots.current = assignSlots(
    slots.current,
    rows.map((row) => shown[row.index]?.id ?? ''),
  );
  const first = rows[0]?.start ?? scrollMargin;
  return (
    <div ref={listRef} className="library-viewport" style={{ height: virtualizer.getTotalSize() }}>
      <ul
        className="library-list"
        aria-label="Library"
        style={{ transform: `translateY(${first - scrollMargin}px)` }}
      >
        {rows.map((row) => {
          const doc = shown[row.index];
          if (!doc) return null;
          return (
            <LibraryItem
              key={slots.current.byId.get(doc.id)}
              doc={doc}
              index={row.index}
              setSize={shown.length}
              measureRef={virtualizer.measureElement}
              isOpen={doc.id === openId}
              renaming={doc.id === renamingId}
              onOpen={props.onOpen}
              onStartRename={props.onStartRename}
              onRename={props.onRename}
              onDelete={props.onDelete}
            />
          );
        })}
      </ul>
    </div>
  );
}
