/** What a key press asks of the annotation layer. */
export type KeyAction =
  | 'highlight'
  | 'highlightWithNote'
  | 'deleteHighlight'
  | 'undo'
  | 'redo'
  | 'escape'
  | 'showShortcuts'
  | 'focusSearch'
  | 'openReview';

/** The parts of a keyboard event the key map reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

const textInputTypes = new Set([
  'text',
  'search',
  'url',
  'email',
  'tel',
  'password',
  'number',
  'date',
  'time',
]);

/**
 * True where keys type text: inputs, text areas, selects and editable content. There the
 * browser's own behaviour (its text undo included) wins over every annotation shortcut.
 */
export const isTypingTarget = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
};

/**
 * Maps a key press to an action, or null. `typing` says whether focus is in a text field,
 * where only the browser acts. Letters work without modifiers only, so Ctrl+H and friends keep
 * their usual meaning.
 */
export const keyAction = (press: KeyPress, typing: boolean): KeyAction | null => {
  if (press.isComposing || typing) return null;
  const primary = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (primary && !press.altKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && press.ctrlKey && !press.shiftKey) return 'redo';
    if (key === 'k' && !press.shiftKey) return 'focusSearch';
    return null;
  }
  if (primary || press.altKey) return null;
  if (press.key === '?') return 'showShortcuts';
  if (press.key === '/') return 'focusSearch';
  if (press.shiftKey) return null;
  switch (key) {
    case 'h':
      return 'highlight';
    case 'n':
      return 'highlightWithNote';
    case 'r':
      return 'openReview';
    case 'Delete':
    case 'Backspace':
      return 'deleteHighlight';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
};

/** Key presses inside a dialog belong to it (it handles its own Escape and focus). */
export const isInDialog = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;
