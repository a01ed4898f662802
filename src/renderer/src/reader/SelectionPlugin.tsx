import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Span } from '../../../shared/span';
import type { HighlightColor } from '../../../shared/annotations';
import type { Block } from '../../../shared/model';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { useKeyActions } from '../keyboard/useKeyActions';
import { useSelectionKeys } from '../keyboard/useSelectionKeys';
import { SelectionToolbar } from './SelectionToolbar';
import { useReaderSelection } from './useReaderSelection';

interface SelectionPluginProps {
  blocks: readonly Block[];
}

/**
 * Turns a text selection in the article into a highlight: the floating toolbar, the `h` and `n`
 * keys, and "Attach here" for an orphan being re-attached. Also owns the other annotation keys
 * that act on what the reader shows: Delete, undo and redo, Escape.
 */
export function SelectionPlugin({ blocks }: SelectionPluginProps) {
  const [editor] = useLexicalComposerContext();
  const annotations = useAnnotationsContext();
  const { selection, readRange, clear: clearDomSelection } = useReaderSelection(editor, blocks);
  const { reattachingId } = annotations;

  // The selection is cleared at once so the toolbar goes, in the same frame as the pending mark.
  // The save is asked for first: its request then leaves before React renders either change.
  const highlight = (range: Span, color?: HighlightColor) => {
    if (reattachingId !== null) void annotations.reattach(reattachingId, range);
    else void annotations.create(range, color);
    clearDomSelection();
  };
  const highlightWithNote = (range: Span) => {
    void annotations.createWithNote(range);
    clearDomSelection();
  };

  useKeyActions({
    highlight: () => {
      const range = readRange();
      if (range) highlight(range);
      return range !== null;
    },
    highlightWithNote: () => {
      const range = readRange();
      if (range && reattachingId === null) highlightWithNote(range);
      return range !== null;
    },
    deleteHighlight: () => {
      if (annotations.selectedId === null) return false;
      void annotations.remove(annotations.selectedId);
      return true;
    },
    undo: () => {
      if (annotations.canUndo) void annotations.undo();
      return true;
    },
    redo: () => {
      if (annotations.canRedo) void annotations.redo();
      return true;
    },
    escape: () => {
      if (readRange()) clearDomSelection();
      else if (reattachingId !== null) annotations.setReattaching(null);
      else if (annotations.selectedId !== null) annotations.select(null);
      else return false;
      return true;
    },
  });

  useSelectionKeys(useCallback(() => editor.getRootElement(), [editor]));

  if (selection === null) return null;
  return (
    <SelectionToolbar
      selection={selection}
      mode={reattachingId === null ? 'create' : 'reattach'}
      color={annotations.color}
      onHighlight={(color) => highlight(selection.range, color)}
      onAddNote={() => highlightWithNote(selection.range)}
      onAttach={() => highlight(selection.range)}
      onCancelAttach={() => annotations.setReattaching(null)}
    />
  );
}
