import type { ReviewRating, ReviewSettings } from '../../../shared/review';
import type { Call } from '../annotations/commands';
import { ApiError, errorMessage } from '../api';
import { currentCard, excluded, rated, startSession, type ReviewSession } from './session';
import { parseTags } from './settingsForm';

export type ReviewLoad =
  | { status: 'loading' }
  | { status: 'ready'; session: ReviewSession }
  | { status: 'error'; message: string };

/** Today's queue and the settings, as a fresh sitting. */
export const loadReview = async (call: Call): Promise<ReviewLoad> => {
  try {
    const [queue, settings] = await Promise.all([
      call('review.queue', {}),
      call('review.settings', {}),
    ]);
    return { status: 'ready', session: startSession(queue.cards, settings.hideNotes) };
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
};

const showing = (session: ReviewSession) => {
  const card = currentCard(session);
  if (!card) throw new Error('The review has no card showing.');
  return card;
};

/** Rates the card showing; the sitting moves on once the core has stored it. */
export const rateCard = async (
  call: Call,
  session: ReviewSession,
  rating: ReviewRating,
): Promise<ReviewSession> => {
  const { highlightId } = showing(session);
  const { card } = await call('review.rate', { highlightId, rating });
  return rated(session, rating, card);
};

/** Leaves the card showing out of the review ("Don't review this again") and moves on. */
export const excludeCard = async (call: Call, session: ReviewSession): Promise<ReviewSession> => {
  await call('review.exclude', { highlightId: showing(session).highlightId });
  return excluded(session);
};

/**
 * Stores the settings form: the tags as typed, the rest as chosen. A count that is not a whole
 * number is refused here with a message, before it reaches the core.
 */
export const saveSettings = async (
  call: Call,
  settings: ReviewSettings,
  tagsText: string,
): Promise<ReviewSettings> => {
  if (!Number.isInteger(settings.newPerDay)) {
    throw new ApiError(
      'invalid_input',
      'Enter how many new highlights a day, a whole number from 0 to 1000.',
    );
  }
  return call('review.updateSettings', { ...settings, tags: parseTags(tagsText) });
};
