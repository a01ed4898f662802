/** How far a Shift+key press extends the selection, in Selection.modify's terms. */
export interface SelectionStep {
  direction: 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
}

/**
 * The step a key press asks for: Shift+arrows by character (by word with Ctrl or Alt/Option,
 * the platforms' two conventions), Shift+Up/Down by line, Shift+Home/End to the line's ends and
 * with Ctrl or Cmd to the article's ends. Null for any other key.
 */
export const selectionStep = (event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): SelectionStep | null => {
  if (!event.shiftKey) return null;
  const byWord = event.ctrlKey || event.altKey;
  const far = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' };
    case 'Home':
      return { direction: 'backward', granularity: far ? 'documentboundary' : 'lineboundary' };
    case 'End':
      return { direction: 'forward', granularity: far ? 'documentboundary' : 'lineboundary' };
    default:
      return null;
  }
};

/** The first text node of the first block that shows in the scrolling reader, if any. */
const firstVisibleText = (root: HTMLElement): Text | null => {
  const top = Math.max(0, root.closest('.reader')?.getBoundingClientRect().top ?? 0);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element && element.getBoundingClientRect().bottom > top && node.nodeValue) {
      return node as Text;
    }
  }
  return null;
};

/**
 * Extends the document selection inside the read-only article, which the browser does not do
 * by itself outside editable text. With no selection in the article yet, a caret is placed at
 * the start of the first visible text. Returns false if there is no text to select.
 */
export const extendSelection = (root: HTMLElement, step: SelectionStep): boolean => {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  const inside =
    selection.rangeCount > 0 && selection.focusNode && root.contains(selection.focusNode);
  if (!inside) {
    const text = firstVisibleText(root);
    if (!text) return false;
    selection.collapse(text, 0);
  }
  selection.modify('extend', step.direction, step.granularity);
  return true;
};
