import { useState } from 'react';
import type { Highlight } from '../../../shared/annotations';
import { useAnnotationsContext } from '../annotations/AnnotationsContext';
import { call, errorMessage } from '../api';
import { ReattachControls } from './ReattachControls';
import './edited.css';

interface EditedControlsProps {
  highlight: Highlight;
  /** Its words before the update that changed some of them. */
  editedFrom: string;
}

/**
 * An edited highlight in the Notes panel: its old words under the new ones, with Keep (the
 * new words are right) and Re-attach… (pick the right words in the reader).
 */
export function EditedControls({ highlight, editedFrom }: EditedControlsProps) {
  const annotations = useAnnotationsContext();
  const [problem, setProblem] = useState<string | null>(null);

  const keep = async () => {
    setProblem(null);
    try {
      await call('highlights.keepEdit', { id: highlight.id });
      await annotations.reload();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };

  return (
    <div className="edited" onClick={(event) => event.stopPropagation()}>
      <p className="note-muted edited-why">Some of its words changed in the new version. It was:</p>
      <blockquote className="edited-was">
        <del>{editedFrom}</del>
      </blockquote>
      <div className="edited-controls">
        <button type="button" className="button button-small" onClick={() => void keep()}>
          Keep
        </button>
        <ReattachControls highlightId={highlight.id} />
      </div>
      {problem !== null && (
        <p className="dialog-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
