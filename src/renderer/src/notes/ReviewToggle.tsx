import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api';
import { announceReviewChange } from '../api/reviewChanges';
import { afterNextPaint } from '../ui/afterPaint';

interface ReviewToggleProps {
  highlightId: string;
}

/** "Include in daily review": unchecked leaves the highlight out of the review (its schedule kept). */
export function ReviewToggle({ highlightId }: ReviewToggleProps) {
  const [included, setIncluded] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Asked after the frame that shows the highlight (a new one is selected as it is saved).
  useEffect(() => {
    let live = true;
    const cancel = afterNextPaint(() => {
      call('review.status', { highlightId }).then(
        (status) => {
          if (live) setIncluded(!status.excluded);
        },
        (failure: unknown) => {
          if (live) setError(errorMessage(failure));
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [highlightId]);

  // The box flips at once and flips back, with the reason, if the core refuses.
  const change = async (include: boolean) => {
    setError(null);
    setIncluded(include);
    try {
      if (include) await call('review.include', { highlightId });
      else await call('review.exclude', { highlightId });
      announceReviewChange();
    } catch (failure) {
      setIncluded(!include);
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="note-review">
      <label className="note-review-toggle">
        <input
          type="checkbox"
          checked={included ?? false}
          disabled={included === null}
          data-testid="highlight-review-toggle"
          onChange={(event) => void change(event.target.checked)}
        />
        <span>Include in daily review</span>
      </label>
      {error && (
        <p className="note-review-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
