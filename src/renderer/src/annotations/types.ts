import type { Span } from '../../../shared/span';
import type { Highlight, HighlightColor, Note } from '../../../shared/annotations';

/** Which note editor is open: a highlight's, the document note composer, or none. */
export type NoteTarget =
  { kind: 'highlight'; highlightId: string } | { kind: 'document'; noteId?: string };

export interface NoteDraft {
  /** Set to update an existing note; absent to create. */
  id?: string;
  highlightId: string | null;
  body: string;
  tags: string[];
}

/**
 * The open document's highlights and notes and every action on them. Each action resolves only
 * after the core has committed it, and only then does the state change; each one is undoable.
 */
export interface AnnotationsApi {
  status: 'loading' | 'ready' | 'error';
  /** A message fit to show when loading or the last action failed; cleared by the next success. */
  error: string | null;
  /** In reading order; orphans last. Only what the core has saved (being saved: pending.ts). */
  highlights: Highlight[];
  notes: Note[];
  noteFor: (highlightId: string) => Note | undefined;

  selectedId: string | null;
  /** Selects a highlight (or none). `reveal` scrolls the reader or the Notes panel to it. */
  select: (id: string | null, reveal?: 'reader' | 'notes') => void;
  /** Bumped by every select(…, reveal): the reader and the panel watch it to scroll and flash. */
  revealRequest: { id: string; where: 'reader' | 'notes'; serial: number } | null;

  /** The colour `h` uses; the last colour picked. */
  color: HighlightColor;
  setColor: (color: HighlightColor) => void;

  noteTarget: NoteTarget | null;
  editNote: (target: NoteTarget | null) => void;

  /** An orphan waiting for the reader to pick its new text: the toolbar then offers "Attach here". */
  reattachingId: string | null;
  setReattaching: (id: string | null) => void;

  create: (range: Span, color?: HighlightColor) => Promise<Highlight | null>;
  /** Highlights the range and opens its note editor. */
  createWithNote: (range: Span) => Promise<Highlight | null>;
  /** update, remove, reattach and removeNote resolve to false when the core refused. */
  update: (id: string, patch: { color?: HighlightColor; tags?: string[] }) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  reattach: (id: string, range: Span) => Promise<boolean>;
  saveNote: (draft: NoteDraft) => Promise<Note | null>;
  removeNote: (id: string) => Promise<boolean>;

  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;

  /** Reloads from the core (after the text was replaced). */
  reload: () => Promise<void>;
}
