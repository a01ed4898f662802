import { useEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { trapFocus } from './trapFocus';

interface ModalDialogOptions {
  /** Escape and the browser's own cancel call this; the caller decides whether to close. */
  onCancel(): void;
  /** The element that takes focus when the dialog opens. */
  initialFocus: RefObject<HTMLElement | null>;
  /** Keys typed in the dialog must not reach the shortcuts of the window underneath. */
  isolateKeys?: boolean;
}

/**
 * The behaviour every Gloss dialog shares: opened modal on mount, focus moved in and trapped,
 * Escape routed through `onCancel`, and focus given back to the opener when it unmounts.
 */
export const useModalDialog = ({ onCancel, initialFocus, isolateKeys }: ModalDialogOptions) => {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement;
    dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      dialog.close();
      // The dialog leaves the DOM before it closes, so the browser cannot restore focus itself.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (isolateKeys) event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (dialogRef.current) trapFocus(event, dialogRef.current);
  };

  // The browser's own Escape handling would close the dialog behind React's back.
  const onNativeCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onCancel();
  };

  return { dialogRef, dialogProps: { onKeyDown, onCancel: onNativeCancel } };
};
