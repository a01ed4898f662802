import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../shared/annotations';
import type { PageBreak } from '../../../shared/model';
import { citePages } from '../../../shared/pages';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { useEntitiesContext } from '../entities/EntitiesContext';
import { NoteEntityFilter } from '../entities/NoteEntityFilter';
import { DocumentNotes } from './DocumentNotes';
import {
  countText,
  documentNoteMatches,
  highlightMatches,
  isFiltering,
  noFilters,
  tagsInUse,
  type NoteFilters,
} from './filters';
import { HighlightItem } from './HighlightItem';
import { useItemActions } from './useItemActions';
import { sideBySide } from '../ui/layout';
import { NotesEmpty } from './NotesEmpty';
import { NotesToolbar } from './NotesToolbar';
import { OrphanList } from './OrphanList';
import { UndoStatus } from './UndoStatus';
import { useNoteEditing } from './useNoteEditing';
import { highlightKey } from './useNoteDrafts';
import './notesPanel.css';
import './noteItem.css';
import './noteEditing.css';
import './noteEntityChips.css';
import './pages.css';
import './reviewToggle.css';

interface NotesPanelProps {
  /** False while another tab is shown: revealing an item waits until it can be seen. */
  visible: boolean;
  /** The open document's page breaks (a PDF's); empty for text without pages. */
  pages?: readonly PageBreak[];
}

/** The open document's highlights and notes in reading order, filterable, each editable. */
export function NotesPanel({ visible, pages }: NotesPanelProps) {
  const annotations = useAnnotationsContext();
  const { revealRequest } = annotations;
  // The list takes a new highlight in a render of its own, after the reader has painted the
  // mark: redrawing 2,000 items stays off the key press's path to its saved mark. The same for
  // the selection, which a new highlight takes when it is saved.
  const highlights = useDeferredValue(annotations.highlights);
  const notes = useDeferredValue(annotations.notes);
  const selectedId = useDeferredValue(annotations.selectedId);
  const tags = useMemo(() => tagsInUse(highlights, notes), [highlights, notes]);
  const [filters, setFilters] = useState<NoteFilters>(noFilters);
  // Which entity's notes to show (null: all); notes match through their entity links.
  const [entityFilter, setEntityFilter] = useState<string | null>(null);
  const { links } = useEntitiesContext();
  const linkedToFilter = useMemo(
    () => new Set(links.filter((link) => link.entityId === entityFilter).map((l) => l.noteId)),
    [links, entityFilter],
  );
  const entityMatches = useCallback(
    (note: Note | undefined) =>
      entityFilter === null || (note !== undefined && linkedToFilter.has(note.id)),
    [entityFilter, linkedToFilter],
  );
  const clearFilters = () => {
    setFilters(noFilters);
    setEntityFilter(null);
  };
  const [undoable, setUndoable] = useState<{ message: string; serial: number } | null>(null);
  const editing = useNoteEditing(annotations);
  const actions = useItemActions(annotations, editing);
  const listRef = useRef<HTMLElement>(null);

  const noteOf = useMemo(() => {
    const byHighlight = new Map(notes.map((note) => [note.highlightId, note]));
    return (id: string) => byHighlight.get(id);
  }, [notes]);
  // Kept while the (deferred) highlights and the filters stay: a new highlight's urgent render
  // then finds the list unchanged and skips its items, which the deferred render redraws.
  const { placed, orphans, shown } = useMemo(() => {
    const placedNow = highlights.filter((item) => item.status !== 'orphaned');
    return {
      placed: placedNow,
      orphans: highlights.filter((item) => item.status === 'orphaned'),
      shown: placedNow.filter(
        (item) =>
          highlightMatches(filters, item, noteOf(item.id)) && entityMatches(noteOf(item.id)),
      ),
    };
  }, [highlights, filters, noteOf, entityMatches]);
  const { shownDocumentNotes, count } = useMemo(() => {
    const shownDocNotes = notes.filter(
      (note) =>
        note.highlightId === null && documentNoteMatches(filters, note) && entityMatches(note),
    );
    const shownNotes =
      shown.filter((item) => noteOf(item.id)).length +
      shownDocNotes.length +
      orphans.filter((item) => noteOf(item.id)).length;
    return {
      shownDocumentNotes: shownDocNotes,
      count: countText(
        { highlights: shown.length + orphans.length, notes: shownNotes },
        { highlights: highlights.length, notes: notes.length },
      ),
    };
  }, [notes, filters, entityMatches, shown, orphans, noteOf, highlights.length]);

  // A highlight clicked in the reader, or whose note was opened there, is shown here even if
  // the filters were hiding it.
  const { noteTarget } = annotations;
  const [seen, setSeen] = useState({ revealRequest, noteTarget });
  if (seen.revealRequest !== revealRequest || seen.noteTarget !== noteTarget) {
    setSeen({ revealRequest, noteTarget });
    const wanted =
      (revealRequest !== seen.revealRequest && revealRequest?.where === 'notes'
        ? revealRequest.id
        : null) ??
      (noteTarget !== seen.noteTarget && noteTarget?.kind === 'highlight'
        ? noteTarget.highlightId
        : null);
    const target = annotations.highlights.find((item) => item.id === wanted);
    const note = target && noteOf(target.id);
    if (target && !(highlightMatches(filters, target, note) && entityMatches(note))) clearFilters();
  }

  // Waits for the Notes tab to be shown: a hidden item can be neither scrolled to nor focused.
  const revealed = useRef(0);
  useEffect(() => {
    if (revealRequest?.where !== 'notes' || !visible) return;
    if (revealed.current === revealRequest.serial) return;
    revealed.current = revealRequest.serial;
    const item = listRef.current?.querySelector<HTMLElement>(
      `[data-highlight-id="${CSS.escape(revealRequest.id)}"]`,
    );
    if (!item) return;
    if (sideBySide()) item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item.focus({ preventScroll: true });
  }, [revealRequest, visible]);

  const showUndo = useCallback((message: string) => {
    setUndoable((last) => ({ message, serial: (last?.serial ?? 0) + 1 }));
  }, []);
  const dismissUndo = useCallback(() => setUndoable(null), []);

  const deleteDocumentNote = async (id: string) => {
    if (await annotations.removeNote(id)) showUndo('Note deleted');
  };

  const onHighlightDeleted = useCallback(() => showUndo('Highlight deleted'), [showUndo]);
  const [shownItems, orphanItems] = useMemo(() => {
    const itemFor = (highlight: (typeof highlights)[number]) => {
      const key = highlightKey(highlight.id);
      return (
        <HighlightItem
          key={highlight.id}
          highlight={highlight}
          note={noteOf(highlight.id)}
          pages={citePages(pages, highlight.start, highlight.end)}
          selected={highlight.id === selectedId}
          draft={editing.draftOf(key)}
          saved={editing.justSaved(key)}
          focusSignal={editing.focusSignal(key)}
          actions={actions}
          onDeleted={onHighlightDeleted}
        />
      );
    };
    return [shown.map(itemFor), orphans.map(itemFor)];
  }, [shown, orphans, noteOf, pages, selectedId, editing, actions, onHighlightDeleted]);

  return (
    <section className="notes" aria-label="Notes" ref={listRef}>
      <NotesToolbar
        filters={filters}
        tags={tags}
        count={count}
        onFilters={setFilters}
        entityFilter={<NoteEntityFilter value={entityFilter} onChange={setEntityFilter} />}
        onAddDocumentNote={() => annotations.editNote({ kind: 'document' })}
      />
      {annotations.error !== null && (
        <p className="notes-error" role="alert">
          {annotations.error}
        </p>
      )}
      <DocumentNotes
        notes={shownDocumentNotes}
        editing={editing}
        onEdit={(noteId) => annotations.editNote({ kind: 'document', noteId })}
        onDelete={(noteId) => void deleteDocumentNote(noteId)}
      />
      {shown.length > 0 ? (
        <>
          {shownDocumentNotes.length > 0 && (
            <h2 className="notes-section-title" aria-hidden="true">
              Highlights
            </h2>
          )}
          <ul className="notes-list" aria-label="Highlights">
            {shownItems}
          </ul>
        </>
      ) : (
        annotations.status === 'ready' &&
        orphans.length === 0 && (
          <NotesEmpty filtered={placed.length > 0} onClearFilters={clearFilters} />
        )
      )}
      {(isFiltering(filters) || entityFilter !== null) &&
        shown.length === 0 &&
        orphans.length > 0 &&
        placed.length > 0 && <NotesEmpty filtered onClearFilters={clearFilters} />}
      <OrphanList count={orphans.length}>{orphanItems}</OrphanList>
      {undoable && (
        <UndoStatus
          message={undoable.message}
          serial={undoable.serial}
          onUndo={() => {
            setUndoable(null);
            void annotations.undo();
          }}
          onDismiss={dismissUndo}
        />
      )}
    </section>
  );
}
