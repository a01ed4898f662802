import { useEffect, useState } from 'react';
import type { ExcludedHighlight } from '../../../shared/review';
import { call, errorMessage } from '../api';

interface ExcludedListProps {
  onIncluded(): void;
}

/** The highlights left out of the review, each with a way back in. */
export function ExcludedList({ onIncluded }: ExcludedListProps) {
  const [excluded, setExcluded] = useState<ExcludedHighlight[] | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    call('review.excluded', {}).then(setExcluded, (error: unknown) =>
      setMessage(errorMessage(error)),
    );
  }, []);

  const include = async (entry: ExcludedHighlight) => {
    try {
      await call('review.include', { highlightId: entry.highlightId });
      setExcluded(
        (list) => list?.filter((other) => other.highlightId !== entry.highlightId) ?? null,
      );
      setMessage('Taken back into the review.');
      onIncluded();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <section className="review-excluded" aria-label="Left out of review">
      <h3 className="field-label">Left out of review</h3>
      {excluded?.length === 0 && <p className="review-message">No highlight is left out.</p>}
      <ul data-testid="review-excluded">
        {excluded?.map((entry) => (
          <li key={entry.highlightId}>
            <span className="review-excluded-quote">“{entry.quote}”</span>
            <span className="review-excluded-title">{entry.documentTitle}</span>
            <button
              type="button"
              className="button button-small"
              onClick={() => void include(entry)}
            >
              Include again
            </button>
          </li>
        ))}
      </ul>
      <p className="review-message" role="status">
        {message}
      </p>
    </section>
  );
}
