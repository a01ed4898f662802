import { ExportButton } from '../export/ExportButton';
import type { Library } from '../library/useLibrary';
import { ReviewButton } from '../review/ReviewButton';
import { SearchBox } from '../search/SearchBox';
import { LibraryIcon } from '../ui/LibraryIcon';
import { Wordmark } from '../ui/Wordmark';

interface TopBarProps {
  library: Library;
  libraryOpen: boolean;
  onToggleLibrary(): void;
  /** Opens a document in the reader (from a search result). */
  onOpenDocument(documentId: string): void;
}

/**
 * The app's commands: the library search, today's review and export; in narrow windows also the toggle the
 * library folds away behind.
 */
export function TopBar({ library, libraryOpen, onToggleLibrary, onOpenDocument }: TopBarProps) {
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
      <ReviewButton documents={library.state.status === 'ready' ? library.state.documents : []} />
      <ExportButton library={library} />
    </header>
  );
}
