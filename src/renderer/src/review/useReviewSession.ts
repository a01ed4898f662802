import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewRating } from '../../../shared/review';
import { call, errorMessage } from '../api';
import { excludeCard, loadReview, rateCard, type ReviewLoad } from './commands';
import { reveal, type ReviewSession } from './session';

/**
 * Today's review as the dialog runs it: loads the queue and settings, runs one rating or
 * exclusion at a time and tells `onChanged` once the core stored it, so the due count follows.
 */
export const useReviewSession = (onChanged: () => void) => {
  const [load, setLoad] = useState<ReviewLoad>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const busyRef = useRef(false);

  const restart = useCallback(() => loadReview(call).then(setLoad), []);

  useEffect(() => {
    let live = true;
    void loadReview(call).then((loaded) => {
      if (live) setLoad(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const act = async (step: (session: ReviewSession) => Promise<ReviewSession>) => {
    if (load.status !== 'ready' || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const session = await step(load.session);
      setLoad({ status: 'ready', session });
      onChanged();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  return {
    load,
    busy,
    failure,
    restart,
    rate: (rating: ReviewRating) => act((session) => rateCard(call, session, rating)),
    exclude: () => act((session) => excludeCard(call, session)),
    reveal: () =>
      setLoad((current) =>
        current.status === 'ready' ? { ...current, session: reveal(current.session) } : current,
      ),
  };
};

export type ReviewSessionControls = ReturnType<typeof useReviewSession>;
