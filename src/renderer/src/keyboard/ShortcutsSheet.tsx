import { Fragment, useId, useRef } from 'react';
import { shortcutGroups } from './shortcuts';
import { useModalDialog } from '../ui/useModalDialog';
import './shortcuts.css';

interface ShortcutsSheetProps {
  onClose(): void;
}

/** The keyboard shortcuts, in a modal dialog; Escape or "Close" returns focus to the opener. */
export function ShortcutsSheet({ onClose }: ShortcutsSheetProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { dialogRef, dialogProps } = useModalDialog({ onCancel: onClose, initialFocus: closeRef });

  return (
    <dialog
      ref={dialogRef}
      className="dialog shortcuts-sheet"
      aria-labelledby={titleId}
      aria-modal="true"
      {...dialogProps}
    >
      <div className="shortcuts-head">
        <h2 className="dialog-title" id={titleId}>
          Keyboard shortcuts
        </h2>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {shortcutGroups().map((group) => (
        <section key={group.title} className="shortcuts-group" aria-label={group.title}>
          <h3 className="shortcuts-group-title">{group.title}</h3>
          <dl className="shortcuts-list">
            {group.entries.map((entry) => (
              <div key={entry.action} className="shortcuts-row">
                <dt className="shortcuts-keys">
                  {entry.keys.map((combo, index) => (
                    <Fragment key={combo.join('+')}>
                      {index > 0 && <span className="shortcuts-or">or</span>}
                      <span className="shortcuts-combo">
                        {combo.map((key) => (
                          <kbd key={key}>{key}</kbd>
                        ))}
                      </span>
                    </Fragment>
                  ))}
                </dt>
                <dd className="shortcuts-action">{entry.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
