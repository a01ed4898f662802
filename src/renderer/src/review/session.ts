import type { FsrsCard, ReviewCard, ReviewRating } from '../../../shared/review';
import { reviewRatings } from '../../../shared/review';

/** Labels of the four ratings, as the buttons show them. */
export const ratingLabels: Record<ReviewRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/**
 * One sitting of the review: the cards as they were when it began (so "3 of 12" holds still),
 * which one is showing, whether its note is revealed, and what the live region last said.
 */
export interface ReviewSession {
  cards: readonly ReviewCard[];
  index: number;
  /** True once the note may show: at once unless the user hides notes, else after Space. */
  revealed: boolean;
  hideNotes: boolean;
  reviewed: number;
  announcement: string;
}

export const currentCard = (session: ReviewSession): ReviewCard | undefined =>
  session.cards[session.index];

export const isFinished = (session: ReviewSession): boolean =>
  session.index >= session.cards.length;

/** "3 of 12": the card showing and how many the sitting began with. */
export const progressText = (session: ReviewSession): string =>
  `${Math.min(session.index + 1, session.cards.length)} of ${session.cards.length}`;

const shortQuote = (quote: string): string => {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 119).trimEnd()}…` : flat;
};

/** What the live region says when a card shows (or the sitting ends). */
export const cardAnnouncement = (session: ReviewSession): string => {
  const card = currentCard(session);
  if (!card) {
    return session.cards.length === 0
      ? 'Nothing to review today.'
      : `Review finished: ${session.reviewed} of ${session.cards.length} reviewed.`;
  }
  const orphan = card.status === 'orphaned' ? ' Its text is no longer in the document.' : '';
  const note =
    card.note === null
      ? ''
      : session.revealed
        ? ' It has a note.'
        : ' Note hidden: press Space to show it.';
  return `Card ${progressText(session)}, from ${card.documentTitle}: “${shortQuote(card.quote)}”.${orphan}${note}`;
};

export const startSession = (cards: readonly ReviewCard[], hideNotes: boolean): ReviewSession => {
  const session = {
    cards,
    index: 0,
    revealed: !hideNotes,
    hideNotes,
    reviewed: 0,
    announcement: '',
  };
  return { ...session, announcement: cardAnnouncement(session) };
};

/** Space: shows the note of the card; nothing when it already shows. */
export const reveal = (session: ReviewSession): ReviewSession => {
  const card = currentCard(session);
  if (!card || session.revealed) return session;
  return {
    ...session,
    revealed: true,
    announcement: card.note === null ? 'This highlight has no note.' : 'Note shown.',
  };
};

/** In how long the card comes back, as a person says it. */
export const whenDue = (card: FsrsCard): string => {
  const days = card.scheduledDays;
  if (days <= 0) return 'later today';
  if (days === 1) return 'tomorrow';
  if (days < 60) return `in ${days} days`;
  const months = Math.round(days / 30);
  return months < 24 ? `in ${months} months` : `in ${Math.round(days / 365)} years`;
};

const advance = (session: ReviewSession, said: string, reviewed: number): ReviewSession => {
  const next = { ...session, index: session.index + 1, revealed: !session.hideNotes, reviewed };
  return { ...next, announcement: `${said} ${cardAnnouncement(next)}` };
};

/** After the core stored a rating: the next card, announcing the rating and when it returns. */
export const rated = (
  session: ReviewSession,
  rating: ReviewRating,
  card: FsrsCard,
): ReviewSession =>
  advance(session, `Rated ${ratingLabels[rating]}: back ${whenDue(card)}.`, session.reviewed + 1);

/** After the core excluded the card's highlight: the next card. */
export const excluded = (session: ReviewSession): ReviewSession =>
  advance(session, 'Left out of review.', session.reviewed);

/** Keys 1 to 4 rate Again, Hard, Good, Easy. */
export const ratingForKey = (key: string): ReviewRating | null => {
  const index = ['1', '2', '3', '4'].indexOf(key);
  return index < 0 ? null : (reviewRatings[index] ?? null);
};
