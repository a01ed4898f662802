import { useId, useState } from 'react';
import type { DocumentReference } from '../../../shared/citations/reference';
import { useCitation } from './CitationContext';
import { PasteReference } from './PasteReference';
import { ReferenceForm } from './ReferenceForm';
import { referenceSummary } from './referenceForm';
import './citations.css';

type Mode = 'view' | 'edit' | 'paste';

/** The Details tab's reference: its key and summary, an edit form and a paste box. */
export function ReferenceSection({ documentId }: { documentId: string }) {
  const { current, problem, accept } = useCitation();
  const [mode, setMode] = useState<Mode>('view');
  const [saved, setSaved] = useState<string | null>(null);
  const labelId = useId();
  const done = (message: string) => (reference: DocumentReference) => {
    accept(reference);
    setMode('view');
    setSaved(message);
  };
  return (
    <div className="panel-section" role="group" aria-labelledby={labelId}>
      <p className="pane-label" id={labelId}>
        Reference
      </p>
      {problem && (
        <p className="reference-error" role="alert">
          {problem}
        </p>
      )}
      {current && mode === 'view' && (
        <>
          <p className="reference-summary">
            {referenceSummary(current.reference) || 'No details yet.'}
          </p>
          <p className="reference-summary">
            Citation key{' '}
            <span className="reference-key" data-testid="citekey">
              {current.citekey}
            </span>
          </p>
          {saved && (
            <p className="panel-hint" role="status">
              {saved}
            </p>
          )}
          <div className="reference-actions">
            <button type="button" className="button button-small" onClick={() => setMode('edit')}>
              Edit reference
            </button>
            <button type="button" className="button button-small" onClick={() => setMode('paste')}>
              Paste reference…
            </button>
          </div>
        </>
      )}
      {current && mode === 'edit' && (
        <ReferenceForm
          current={current}
          onSaved={done('Reference saved.')}
          onCancel={() => setMode('view')}
        />
      )}
      {current && mode === 'paste' && (
        <PasteReference
          documentId={documentId}
          onAttached={done('Reference attached.')}
          onCancel={() => setMode('view')}
        />
      )}
    </div>
  );
}
