import type { RefObject } from 'react';
import { RatingButtons } from './RatingButtons';
import { ReviewCardView } from './ReviewCardView';
import { currentCard } from './session';
import type { ReviewSessionControls } from './useReviewSession';

interface ReviewBodyProps {
  review: ReviewSessionControls;
  cardRef: RefObject<HTMLElement | null>;
  onClose(): void;
}

/** The card with its ratings, or what stands in for it: loading, an error, empty, finished. */
export function ReviewBody({ review, cardRef, onClose }: ReviewBodyProps) {
  const { load } = review;
  if (load.status === 'loading') return <p className="review-message">Loading today’s review…</p>;
  if (load.status === 'error') {
    return (
      <p className="dialog-error" role="alert">
        {load.message}
      </p>
    );
  }
  const { session } = load;
  const card = currentCard(session);
  if (!card) {
    const empty = session.cards.length === 0;
    return (
      <section
        className="review-done"
        ref={cardRef}
        tabIndex={-1}
        aria-label={empty ? 'Nothing to review' : 'Review finished'}
        data-testid={empty ? 'review-empty' : 'review-finished'}
      >
        <p className="review-done-title">
          {empty ? 'Nothing to review today' : 'All done for today'}
        </p>
        <p className="review-message">
          {empty
            ? 'Highlights you make join the review, a few new ones each day; those you rated come back when they are due.'
            : `You reviewed ${session.reviewed} of ${session.cards.length} highlights. The next ones come back when they are due.`}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }
  return (
    <>
      <ReviewCardView
        key={card.highlightId}
        ref={cardRef}
        card={card}
        revealed={session.revealed}
        onReveal={review.reveal}
      />
      {review.failure && (
        <p className="dialog-error" role="alert">
          {review.failure}
        </p>
      )}
      <RatingButtons disabled={review.busy} onRate={(rating) => void review.rate(rating)} />
      <button
        type="button"
        className="review-exclude"
        disabled={review.busy}
        onClick={() => void review.exclude()}
      >
        Don’t review this again
      </button>
    </>
  );
}
