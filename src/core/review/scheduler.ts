import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { reviewStates, type FsrsCard, type ReviewRating } from '../../shared/review';

/**
 * The FSRS scheduler of the daily review. Fuzz is off so that a schedule is reproducible (and
 * testable against ts-fsrs itself); short-term steps are off because the review is daily: every
 * rating, Again included, schedules the highlight for a later day, as one sitting a day expects.
 */
export const reviewParameters = generatorParameters({
  enable_fuzz: false,
  enable_short_term: false,
});

export const createScheduler = () => fsrs(reviewParameters);

export const gradeOf: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export const ratingOf = (grade: number): ReviewRating => {
  const found = (Object.keys(gradeOf) as ReviewRating[]).find((name) => gradeOf[name] === grade);
  if (!found) throw new Error(`Unknown rating ${grade} in the review log.`);
  return found;
};

/** A never-reviewed highlight's card, as of `now`. */
export const newCard = (now: Date): Card => createEmptyCard(now);

/** ts-fsrs's card as the contract shows it: named state, ISO dates, camelCase. */
export const describeCard = (card: Card): FsrsCard => ({
  state: reviewStates[card.state] ?? 'new',
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  lastReview: card.last_review ? card.last_review.toISOString() : null,
});

/** The card back from its stored description. */
export const cardFrom = (stored: FsrsCard): Card => ({
  state: reviewStates.indexOf(stored.state),
  due: new Date(stored.due),
  stability: stored.stability,
  difficulty: stored.difficulty,
  elapsed_days: stored.elapsedDays,
  scheduled_days: stored.scheduledDays,
  learning_steps: stored.learningSteps,
  reps: stored.reps,
  lapses: stored.lapses,
  ...(stored.lastReview === null ? {} : { last_review: new Date(stored.lastReview) }),
});
