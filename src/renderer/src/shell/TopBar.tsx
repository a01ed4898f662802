import { ExportButton } from '../export/ExportButton';
import type { Library } from '../library/useLibrary';
import { LibraryIcon } from './LibraryIcon';
import { Wordmark } from './Wordmark';

interface TopBarProps {
  library: Library;
  libraryOpen: boolean;
  onToggleLibrary(): void;
}

/** The app's commands; in narrow windows also the toggle the library folds away behind. */
export function TopBar({ library, libraryOpen, onToggleLibrary }: TopBarProps) {
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
      <ExportButton library={library} />
    </header>
  );
}
