interface ExtractionProgressProps {
  /** 0..1 */
  progress: number;
}

/** Shown while the core extracts; the reader stays usable meanwhile. */
export function ExtractionProgress({ progress }: ExtractionProgressProps) {
  const percent = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <div className="entities-progress">
      <p className="entities-progress-label" aria-hidden="true">
        Finding people, places and amounts… {percent}%
      </p>
      <div
        className="entities-progress-track"
        role="progressbar"
        aria-label="Finding entities"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="entities-progress-bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
