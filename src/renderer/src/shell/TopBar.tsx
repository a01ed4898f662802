import { LibraryIcon } from './LibraryIcon';
import { Wordmark } from './Wordmark';

interface TopBarProps {
  libraryOpen: boolean;
  onToggleLibrary(): void;
}

/** Shown only in narrow windows, where the library folds away behind a toggle. */
export function TopBar({ libraryOpen, onToggleLibrary }: TopBarProps) {
  return (
    <header className="topbar">
      <Wordmark />
      <button
        type="button"
        className="topbar-toggle"
        aria-expanded={libraryOpen}
        aria-controls="library-pane"
        onClick={onToggleLibrary}
      >
        <LibraryIcon />
        Library
      </button>
    </header>
  );
}
