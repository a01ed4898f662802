import { useEffect, useLayoutEffect, useRef } from 'react';
import { isInDialog, isTypingTarget, keyAction, type KeyAction } from './keymap';

/** Handlers by action; each returns true when it acted, which consumes the key press. */
export type KeyHandlers = Partial<Record<KeyAction, () => boolean>>;

/**
 * Listens for the app's keyboard shortcuts on the window and runs the given handlers. Several
 * components can listen at once, each handling its own actions. Keys typed in a text field or
 * pressed inside a dialog are left alone.
 */
export const useKeyActions = (handlers: KeyHandlers): void => {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isInDialog(event.target)) return;
      const action = keyAction(event, isTypingTarget(event.target));
      const handler = action === null ? undefined : latest.current[action];
      if (handler?.()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
