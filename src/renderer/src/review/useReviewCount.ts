import { useCallback, useEffect, useState } from 'react';
import type { ReviewCount } from '../../../shared/review';
import { call } from '../api';
import { onReviewChange } from '../api/reviewChanges';
import { afterNextPaint } from '../ui/afterPaint';

/**
 * How many cards today's review holds, for the top bar. Asked again whenever `changeKey` changes
 * (the library's highlight counts), when the window regains focus (the CLI may have reviewed)
 * and when the review or the Notes panel reports a change.
 */
export const useReviewCount = (changeKey: string) => {
  const [count, setCount] = useState<ReviewCount | null>(null);

  const refresh = useCallback(() => {
    call('review.dueCount', {}).then(setCount, () => {
      // The count is a hint: a failure leaves the last one showing, the Review view says more.
    });
  }, []);

  // After the change that set it off is painted (a new highlight's mark, first).
  useEffect(() => afterNextPaint(refresh), [refresh, changeKey]);

  useEffect(() => {
    window.addEventListener('focus', refresh);
    const stopListening = onReviewChange(refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      stopListening();
    };
  }, [refresh]);

  return { count, refresh };
};
