import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { NoteMarkdown } from './noteMarkdownOnDemand';
import type { NoteDraftState } from './useNoteDrafts';

interface NoteEditorProps {
  draft: NoteDraftState;
  /** Changes whenever the editor should take focus (opened, or asked for again with `n`); 0: never. */
  focusSignal: number;
  onChange(body: string): void;
  /** Commits the draft; resolves to an error message, or null once the core has saved it. */
  onSave(): Promise<string | null>;
  onDiscard(): void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const saveKeys = isMac ? '⌘↩' : 'Ctrl+Enter';

/**
 * The Markdown editor of one note. Saving is explicit; a changed draft is never thrown away
 * without asking, and Escape on an unchanged one simply closes it.
 */
export function NoteEditor({ draft, focusSignal, onChange, onSave, onDiscard }: NoteEditorProps) {
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const changed = draft.body !== draft.original;

  // Asked for focus: back to writing first, so the textarea is there to take it.
  const [seenSignal, setSeenSignal] = useState(focusSignal);
  if (seenSignal !== focusSignal) {
    setSeenSignal(focusSignal);
    setMode('write');
  }

  useEffect(() => {
    const text = textRef.current;
    if (!text || focusSignal === 0) return;
    text.focus({ preventScroll: true });
    text.scrollIntoView({ block: 'nearest' });
    text.setSelectionRange(text.value.length, text.value.length);
  }, [focusSignal]);

  // Grows with its text up to the CSS max-height, after which it scrolls.
  useLayoutEffect(() => {
    const text = textRef.current;
    if (!text || mode !== 'write') return;
    text.style.height = 'auto';
    text.style.height = `${text.scrollHeight + 2}px`;
  }, [draft.body, mode]);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    const problem = await onSave();
    // On success the editor closes and unmounts; only a failure leaves it here to update.
    if (problem !== null) {
      setSaving(false);
      setError(problem);
    }
  };

  const cancel = () => {
    if (changed) setConfirming(true);
    else onDiscard();
  };

  const keepEditing = () => {
    setConfirming(false);
    setMode('write');
    requestAnimationFrame(() => textRef.current?.focus());
  };

  // Keys typed into a note are the note's: none may reach the reader's shortcuts.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (confirming) keepEditing();
      else cancel();
    }
  };

  return (
    <div className="note-editor" onKeyDown={onKeyDown} onClick={(e) => e.stopPropagation()}>
      <div className="note-editor-modes" role="group" aria-label="Note view">
        <button
          type="button"
          className="note-mode"
          aria-pressed={mode === 'write'}
          onClick={() => setMode('write')}
        >
          Write
        </button>
        <button
          type="button"
          className="note-mode"
          aria-pressed={mode === 'preview'}
          onClick={() => setMode('preview')}
        >
          Preview
        </button>
      </div>
      <textarea
        ref={textRef}
        className="note-textarea"
        aria-label="Note"
        hidden={mode !== 'write'}
        value={draft.body}
        placeholder="Write a note… Markdown works: *emphasis*, lists, `code`."
        onChange={(event) => onChange(event.target.value)}
        spellCheck
      />
      {mode === 'preview' && (
        <div className="note-preview" aria-label="Preview" role="region">
          {draft.body.trim() ? (
            <NoteMarkdown body={draft.body} />
          ) : (
            <p className="note-muted">Nothing to preview yet.</p>
          )}
        </div>
      )}
      {error !== null && (
        <p className="note-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="note-confirm" role="group" aria-label="Discard changes?">
          <p className="note-confirm-text">Discard your changes to this note?</p>
          <div className="note-editor-actions">
            <button ref={keepRef} type="button" className="button" onClick={keepEditing}>
              Keep editing
            </button>
            <button type="button" className="button button-danger" onClick={onDiscard}>
              Discard
            </button>
          </div>
        </div>
      ) : (
        <div className="note-editor-actions">
          <span className="note-hint" aria-hidden="true">
            {saveKeys} to save
          </span>
          <button type="button" className="button" onClick={cancel} disabled={saving}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      )}
    </div>
  );
}
