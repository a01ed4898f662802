import { useId, useState } from 'react';
import type { GlossDocument } from '../../../shared/model';
import { lazyComponent } from '../ui/lazyComponent';

// Not on the first screen: loaded when first shown (see lazyComponent).
const ReplaceTextDialog = lazyComponent(() =>
  import('./ReplaceTextDialog').then((module) => module.ReplaceTextDialog),
);
import './replace-text.css';

interface ReplaceTextSectionProps {
  doc: GlossDocument;
  onReplaced(): Promise<void>;
}

/** Where a new version of the document's text comes in. */
export function ReplaceTextSection({ doc, onReplaced }: ReplaceTextSectionProps) {
  const [open, setOpen] = useState(false);
  const labelId = useId();
  return (
    <div className="panel-section" role="group" aria-labelledby={labelId}>
      <p className="pane-label" id={labelId}>
        Text
      </p>
      <p className="panel-hint">
        Paste or load a new version of this text. Highlights follow their words; any whose words are
        gone wait in Notes to be re-attached.
      </p>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Replace text…
      </button>
      {open && (
        <ReplaceTextDialog
          documentId={doc.id}
          title={doc.title}
          onReplaced={onReplaced}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
