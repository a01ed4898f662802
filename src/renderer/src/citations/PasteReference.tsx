import { useId, useState } from 'react';
import type { DocumentReference } from '../../../shared/citations/reference';
import { call, errorMessage } from '../api';

interface PasteReferenceProps {
  documentId: string;
  onAttached(reference: DocumentReference): void;
  onCancel(): void;
}

/** Paste one BibTeX, BibLaTeX, RIS or CSL-JSON entry to make it the document's reference. */
export function PasteReference({ documentId, onAttached, onCancel }: PasteReferenceProps) {
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const attach = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onAttached(await call('references.import', { documentId, text }));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reference-paste reference-form">
      <label className="reference-field" htmlFor={id}>
        BibTeX, RIS or CSL-JSON
        <textarea
          id={id}
          value={text}
          spellCheck={false}
          placeholder={'@article{smith2024reading,\n  author = {Smith, Ann},\n  …\n}'}
          aria-invalid={failure ? 'true' : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {failure && (
        <p className="reference-error" role="alert">
          {failure}
        </p>
      )}
      <div className="reference-actions">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={busy || !text.trim()}
          onClick={() => void attach()}
        >
          Attach reference
        </button>
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
