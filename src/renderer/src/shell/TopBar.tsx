import { SearchBox } from '../search/SearchBox';
import { LibraryIcon } from './LibraryIcon';
import { Wordmark } from './Wordmark';

interface TopBarProps {
  libraryOpen: boolean;
  onToggleLibrary(): void;
  /** Opens a document in the reader (from a search result). */
  onOpenDocument(documentId: string): void;
}

/**
 * The bar over the reader: the library search, and in narrow windows the wordmark and the
 * toggle behind which the library folds away.
 */
export function TopBar({ libraryOpen, onToggleLibrary, onOpenDocument }: TopBarProps) {
  return (
    <header className="topbar">
      <Wordmark />
      <SearchBox onOpenDocument={onOpenDocument} />
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
