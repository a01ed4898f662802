import { useEffect, useLayoutEffect, useRef } from 'react';
import { isInDialog, isTypingTarget } from '../keyboard/keymap';

/**
 * `[` and `]` step to the previous and next mention while an entity is selected. Like the other
 * shortcuts they leave text fields and dialogs alone, and take no modifier.
 */
export const useMentionKeys = (step: ((delta: -1 | 1) => void) | null): void => {
  const latest = useRef(step);
  useLayoutEffect(() => {
    latest.current = step;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const handler = latest.current;
      if (handler === null || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || isInDialog(event.target)) return;
      const delta = event.key === '[' ? -1 : event.key === ']' ? 1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      handler(delta);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
