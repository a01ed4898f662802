import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useKeyActions } from '../keyboard/useKeyActions';
import { lazyComponent } from '../ui/lazyComponent';
import { useReviewCount } from './useReviewCount';
import './review.css';

// The Review view (cards, ratings, settings) loads the first time it is opened.
const ReviewDialog = lazyComponent(() =>
  import('./ReviewDialog').then((module) => module.ReviewDialog),
);

interface ReviewButtonProps {
  documents: readonly DocumentSummary[];
}

/** "Review 12" in the top bar (R opens it too), and the Review view it opens. */
export function ReviewButton({ documents }: ReviewButtonProps) {
  const [open, setOpen] = useState(false);
  // Any highlight added or removed anywhere changes some document's count.
  const changeKey = documents.map((doc) => `${doc.id}:${doc.highlightCount}`).join(',');
  const { count, refresh } = useReviewCount(changeKey);
  useKeyActions({
    openReview: () => {
      if (open) return false;
      setOpen(true);
      return true;
    },
  });
  const total = count?.total ?? null;
  return (
    <>
      <button
        type="button"
        className="topbar-button review-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="R"
        data-testid="review-button"
        onClick={() => setOpen(true)}
      >
        Review
        {total !== null && (
          <span
            className="review-due"
            data-testid="review-due-count"
            data-due={total}
            aria-label={`${total} due`}
          >
            {total}
          </span>
        )}
      </button>
      {open && (
        <ReviewDialog
          documents={documents}
          onChanged={refresh}
          onClose={() => {
            setOpen(false);
            refresh();
          }}
        />
      )}
    </>
  );
}
