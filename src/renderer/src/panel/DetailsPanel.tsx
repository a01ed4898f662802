import { useId, useState } from 'react';
import type { GlossDocument } from '../../../shared/model';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { lazyComponent } from '../ui/lazyComponent';
import { useEntitiesContext } from '../entities/EntitiesContext';
import { NotesPanel } from '../notes/NotesPanel';
import { DocumentFacts } from './DocumentFacts';
import { contentsOf, outlineOf } from './documentStats';
import { Outline } from './Outline';
import { PanelTabs, type PanelTab } from './PanelTabs';
import { ReplaceTextSection } from '../replace-text/ReplaceTextSection';
import { CitationProvider } from '../citations/CitationContext';
import { ReferenceSection } from '../citations/ReferenceSection';
import './panel.css';

// Not on the first screen: loaded when first shown (see lazyComponent).
const EntitiesPanel = lazyComponent(() =>
  import('../entities/EntitiesPanel').then((module) => module.EntitiesPanel),
);

type TabId = 'notes' | 'entities' | 'details';

const tabs: readonly PanelTab<TabId>[] = [
  { id: 'notes', label: 'Notes' },
  { id: 'entities', label: 'Entities' },
  { id: 'details', label: 'Details' },
];

interface DetailsPanelProps {
  doc: GlossDocument | null;
  onSelectHeading(blockIndex: number): void;
  /** The document's text was replaced: reload the document (the annotations reload here). */
  onTextReplaced(): void | Promise<void>;
}

/** The side panel: the open document's notes, its entities, and its details and outline, as tabs. */
export function DetailsPanel({ doc, onSelectHeading, onTextReplaced }: DetailsPanelProps) {
  const annotations = useAnnotationsContext();
  const { noteTarget, revealRequest } = annotations;
  const { showRequest } = useEntitiesContext();
  const [tab, setTab] = useState<TabId>('notes');
  const baseId = useId();
  const tabId = (id: TabId) => `${baseId}-tab-${id}`;
  const panelId = (id: TabId) => `${baseId}-panel-${id}`;

  // A note opened or a highlight clicked in the reader brings the Notes tab forward, while
  // rendering, so that the item is visible by the time the panel scrolls to it and focuses it.
  const [seen, setSeen] = useState({ noteTarget, revealRequest, showRequest });
  if (
    seen.noteTarget !== noteTarget ||
    seen.revealRequest !== revealRequest ||
    seen.showRequest !== showRequest
  ) {
    setSeen({ noteTarget, revealRequest, showRequest });
    const opened = noteTarget !== null && noteTarget !== seen.noteTarget;
    const revealed = revealRequest?.where === 'notes' && revealRequest !== seen.revealRequest;
    if (opened || revealed) setTab('notes');
    // An entity chosen elsewhere (a note's chip) opens its card in the Entities tab.
    if (showRequest !== seen.showRequest) setTab('entities');
  }

  const textReplaced = async () => {
    await Promise.all([onTextReplaced(), annotations.reload()]);
  };

  const outline = doc ? outlineOf(doc.blocks) : [];
  // A book's own table of contents (EPUB nav or NCX, PDF outline) stands for the outline.
  const contents = doc ? contentsOf(doc.blocks, doc.toc ?? []) : [];
  return (
    <aside className="panel" aria-label="Document details">
      {doc ? (
        <CitationProvider documentId={doc.id}>
          <PanelTabs<TabId>
            tabs={tabs}
            selected={tab}
            onSelect={setTab}
            tabId={tabId}
            panelId={panelId}
          />
          <div
            className="panel-tabpanel"
            role="tabpanel"
            id={panelId('notes')}
            aria-labelledby={tabId('notes')}
            hidden={tab !== 'notes'}
          >
            <NotesPanel visible={tab === 'notes'} pages={doc.pages} />
          </div>
          <div
            className="panel-tabpanel"
            role="tabpanel"
            id={panelId('entities')}
            aria-labelledby={tabId('entities')}
            hidden={tab !== 'entities'}
          >
            <EntitiesPanel documentId={doc.id} />
          </div>
          <div
            className="panel-tabpanel panel-details"
            role="tabpanel"
            id={panelId('details')}
            aria-labelledby={tabId('details')}
            hidden={tab !== 'details'}
          >
            <DocumentFacts doc={doc} />
            <ReferenceSection documentId={doc.id} />
            <ReplaceTextSection doc={doc} onReplaced={textReplaced} />
            {contents.length > 0 ? (
              <Outline label="Contents" entries={contents} onSelect={onSelectHeading} />
            ) : (
              outline.length > 0 && <Outline entries={outline} onSelect={onSelectHeading} />
            )}
          </div>
        </CitationProvider>
      ) : (
        <p className="panel-empty">Details of the open document appear here.</p>
      )}
    </aside>
  );
}
