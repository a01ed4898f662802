import { useRef, useState } from 'react';
import { articlePlugins } from './articlePlugins';
import { AnnotationsProvider } from './annotations/AnnotationsContext';
import { EntitiesProvider } from './entities/EntitiesContext';
import { ImporterContext } from './importing/importerContext';
import { ImportLayer } from './importing/ImportLayer';
import { useImporter } from './importing/useImporter';
import { LibraryCountsSync } from './library/LibraryCountsSync';
import { LibraryPane } from './library/LibraryPane';
import { useLibrary } from './library/useLibrary';
import { DetailsPanel } from './panel/DetailsPanel';
import type { ReaderHandle } from './reader/ReaderHandle';
import { ReaderPane } from './reader/ReaderPane';
import { readerPlaceholder } from './library/readerPlaceholder';
import { useOpenDocument } from './reader/useOpenDocument';
import { SearchHitProvider } from './search/SearchHitContext';
import { SkipLink } from './chrome/SkipLink';
import { TopBar } from './chrome/TopBar';

export function App() {
  const library = useLibrary();
  const open = useOpenDocument(library.openId, library.update);
  const readerRef = useRef<ReaderHandle>(null);
  // Only matters in narrow windows, where the library folds away (styles/layout.css).
  const [libraryOpen, setLibraryOpen] = useState(false);

  const openDocument = (id: string) => {
    library.open(id);
    setLibraryOpen(false);
  };
  // Bumped when an import replaced the open document's text: its annotations load afresh.
  const [textRevision, setTextRevision] = useState(0);
  const textChanged = (id: string) => {
    if (id !== library.openId) return;
    void open.reload();
    setTextRevision((revision) => revision + 1);
  };
  // Also listens for files dropped anywhere on the window.
  const importer = useImporter(library, openDocument, textChanged);

  return (
    <SearchHitProvider openDocumentId={library.openId}>
      <div className="app" data-library-open={libraryOpen ? 'true' : 'false'}>
        <SkipLink onSkip={() => setLibraryOpen(false)} />
        <TopBar
          library={library}
          libraryOpen={libraryOpen}
          onToggleLibrary={() => setLibraryOpen((o) => !o)}
          onOpenDocument={openDocument}
        />
        <ImporterContext value={importer}>
          <LibraryPane
            library={library}
            onOpen={openDocument}
            onRenamed={(summary) => open.retitle(summary.id, summary.title)}
          />
        </ImporterContext>
        <div className="workspace">
          {/* Keyed by document: each one gets fresh annotations and its own undo history. */}
          <AnnotationsProvider
            key={`${library.openId}:${textRevision}`}
            documentId={library.openId}
          >
            <EntitiesProvider
              documentId={library.openId}
              blocks={open.status === 'ready' ? open.doc.blocks : null}
            >
              <LibraryCountsSync documentId={library.openId} onCounts={library.setCounts} />
              <ReaderPane
                open={open}
                placeholder={readerPlaceholder(library.state)}
                plugins={articlePlugins}
                ref={readerRef}
              />
              <DetailsPanel
                doc={open.status === 'ready' ? open.doc : null}
                onSelectHeading={(blockIndex) => readerRef.current?.scrollToBlock(blockIndex)}
                onTextReplaced={open.reload}
              />
            </EntitiesProvider>
          </AnnotationsProvider>
        </div>
        <ImportLayer importer={importer} />
      </div>
    </SearchHitProvider>
  );
}
