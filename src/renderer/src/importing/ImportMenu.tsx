import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { clippingsFileAccept } from '../../../shared/clippings/detect';
import { importFileAccept } from '../../../shared/importFiles';
import { useImporterContext } from './importerContext';
import { lazyComponent } from '../ui/lazyComponent';

// Not on the first screen: loaded when first shown (see lazyComponent).
const PasteTextDialog = lazyComponent(() =>
  import('./PasteTextDialog').then((module) => module.PasteTextDialog),
);

const items = ['paste', 'files', 'clippings'] as const;
type Item = (typeof items)[number];

const labels: Record<Item, string> = {
  paste: 'Paste text…',
  files: 'Open files…',
  clippings: 'Kindle clippings, KOReader, Readwise…',
};

/**
 * The library's Import button: a menu of "Paste text…", "Open files…" and the highlights
 * exports of other readers.
 */
export function ImportMenu() {
  const importer = useImporterContext();
  const [open, setOpen] = useState(false);
  const [pasting, setPasting] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const clippingsRef = useRef<HTMLInputElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const choose = (item: Item) => {
    setOpen(false);
    // The item is about to go: focus returns to the button, where the dialog will give it back.
    buttonRef.current?.focus();
    if (item === 'paste') setPasting(true);
    else if (item === 'files') fileRef.current?.click();
    else clippingsRef.current?.click();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = itemRefs.current.filter((b): b is HTMLButtonElement => b !== null);
    const index = buttons.findIndex((button) => button === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % buttons.length,
      ArrowUp: (index - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) buttons[target]?.focus();
    else if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    // The menu's keys are not the reader's shortcuts.
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="import-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-small import-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        Import
      </button>
      {open && (
        <div
          className="import-menu-list"
          role="menu"
          id={menuId}
          aria-label="Import"
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => (
            <button
              key={item}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              className="import-menu-item"
              tabIndex={-1}
              onClick={() => choose(item)}
            >
              {labels[item]}
            </button>
          ))}
        </div>
      )}
      <input
        ref={fileRef}
        type="file"
        multiple
        accept={importFileAccept}
        hidden
        data-testid="import-file-input"
        aria-label="Files to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // The same files chosen again must fire change again.
          event.target.value = '';
          importer.importFiles(files);
        }}
      />
      <input
        ref={clippingsRef}
        type="file"
        accept={clippingsFileAccept}
        hidden
        data-testid="clippings-file-input"
        aria-label="Highlights export to import"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          importer.importClippings(files);
        }}
      />
      {pasting && (
        <PasteTextDialog onImport={importer.importPasted} onClose={() => setPasting(false)} />
      )}
    </div>
  );
}
