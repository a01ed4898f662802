import type { GlossDocument } from '../../../shared/model';
import { DocumentFacts } from './DocumentFacts';
import { outlineOf } from './documentStats';
import { Outline } from './Outline';

interface DetailsPanelProps {
  doc: GlossDocument | null;
  onSelectHeading(blockIndex: number): void;
}

/** The side panel: details of the open document and its outline. */
export function DetailsPanel({ doc, onSelectHeading }: DetailsPanelProps) {
  const outline = doc ? outlineOf(doc.blocks) : [];
  return (
    <aside className="panel" aria-label="Document details">
      {doc ? (
        <>
          <DocumentFacts doc={doc} />
          {outline.length > 0 && <Outline entries={outline} onSelect={onSelectHeading} />}
        </>
      ) : (
        <p className="panel-empty">Details of the open document appear here.</p>
      )}
    </aside>
  );
}
