import { useEffect } from 'react';
import { extendSelection, selectionStep } from './keyboardSelection';

/**
 * Shift+arrow keys (and Shift+Home/End) select text in the read-only article when focus is in
 * the reader, as they would in editable text. `getRoot` gives the article element.
 */
export const useSelectionKeys = (getRoot: () => HTMLElement | null): void => {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = selectionStep(event);
      const root = getRoot();
      if (!step || !root) return;
      const reader = root.closest('.reader') ?? root;
      if (!(event.target instanceof Node) || !reader.contains(event.target)) return;
      if (extendSelection(root, step)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [getRoot]);
};
