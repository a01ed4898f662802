import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewRating, ReviewSettings } from '../../../shared/review';
import { call, errorMessage } from '../api';
import { currentCard, excluded, rated, reveal, startSession, type ReviewSession } from './session';

export type ReviewLoad =
  | { status: 'loading' }
  | { status: 'ready'; session: ReviewSession; settings: ReviewSettings }
  | { status: 'error'; message: string };

/** Today's queue and the settings, as a fresh sitting. */
const loadReview = async (): Promise<ReviewLoad> => {
  try {
    const [queue, settings] = await Promise.all([
      call('review.queue', {}),
      call('review.settings', {}),
    ]);
    return { status: 'ready', session: startSession(queue.cards, settings.hideNotes), settings };
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
};

/**
 * Today's review as the dialog runs it: loads the queue and settings, stores each rating (the
 * sitting moves on once the core has committed it) and tells `onChanged` so the due count follows.
 */
export const useReviewSession = (onChanged: () => void) => {
  const [load, setLoad] = useState<ReviewLoad>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const busyRef = useRef(false);

  const start = useCallback(() => loadReview().then(setLoad), []);

  useEffect(() => {
    let live = true;
    void loadReview().then((loaded) => {
      if (live) setLoad(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const session = load.status === 'ready' ? load.session : null;

  /** Runs one change to the current card, one at a time, then moves the sitting on. */
  const act = async (
    run: (highlightId: string) => Promise<(s: ReviewSession) => ReviewSession>,
  ) => {
    const card = session && currentCard(session);
    if (!card || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const step = await run(card.highlightId);
      setLoad((current) =>
        current.status === 'ready' ? { ...current, session: step(current.session) } : current,
      );
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
    restart: start,
    rate: (rating: ReviewRating) =>
      act(async (highlightId) => {
        const { card } = await call('review.rate', { highlightId, rating });
        return (s) => rated(s, rating, card);
      }),
    exclude: () =>
      act(async (highlightId) => {
        await call('review.exclude', { highlightId });
        return excluded;
      }),
    reveal: () =>
      setLoad((current) =>
        current.status === 'ready' ? { ...current, session: reveal(current.session) } : current,
      ),
  };
};

export type ReviewSessionControls = ReturnType<typeof useReviewSession>;
