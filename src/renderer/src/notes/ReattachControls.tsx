import { useAnnotationsContext } from '../annotations/AnnotationsContext';

interface ReattachControlsProps {
  highlightId: string;
}

/** An orphan's way back: pick its new text in the reader, where the toolbar offers "Attach here". */
export function ReattachControls({ highlightId }: ReattachControlsProps) {
  const annotations = useAnnotationsContext();
  const waiting = annotations.reattachingId === highlightId;
  return (
    <div className="orphan-controls" onClick={(event) => event.stopPropagation()}>
      {waiting ? (
        <div className="reattach-hint" role="status">
          <p>Select the new text in the reader, then choose Attach here.</p>
          <button
            type="button"
            className="button button-small"
            onClick={() => annotations.setReattaching(null)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            annotations.select(highlightId);
            annotations.setReattaching(highlightId);
          }}
        >
          Re-attach…
        </button>
      )}
    </div>
  );
}
