import { describe, expect, it } from 'vitest';
import type { FsrsCard, ReviewCard } from '../../../shared/review';
import { parseTags, toggled } from './settingsForm';
import { testCard } from './testing';
import {
  currentCard,
  excluded,
  isFinished,
  progressText,
  rated,
  ratingForKey,
  reveal,
  startSession,
  whenDue,
} from './session';

const card = (quote: string, note: string | null = null): ReviewCard =>
  testCard(quote, { quote, note });

const scheduled = (scheduledDays: number): FsrsCard => ({
  state: 'review',
  due: '2025-03-04T12:00:00.000Z',
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  lastReview: '2025-03-01T12:00:00.000Z',
});

describe('a review sitting', () => {
  it('announces each card, hides its note until revealed, and counts progress', () => {
    let session = startSession([card('First words', 'A note'), card('Second words')], true);
    expect(progressText(session)).toBe('1 of 2');
    expect(session.revealed).toBe(false);
    expect(session.announcement).toBe(
      'Card 1 of 2, from On Memory: “First words”. Note hidden: press Space to show it.',
    );
    session = reveal(session);
    expect(session).toMatchObject({ revealed: true, announcement: 'Note shown.' });
    expect(reveal(session)).toBe(session);

    session = rated(session, 'good', scheduled(3));
    expect(currentCard(session)?.quote).toBe('Second words');
    expect(session.revealed).toBe(false);
    expect(session.announcement).toBe(
      'Rated Good: back in 3 days. Card 2 of 2, from On Memory: “Second words”.',
    );
    session = excluded(session);
    expect(isFinished(session)).toBe(true);
    expect(session.announcement).toBe('Left out of review. Review finished: 1 of 2 reviewed.');
  });

  it('says when nothing is due, and tells an orphan apart', () => {
    expect(startSession([], false).announcement).toBe('Nothing to review today.');
    const orphan = { ...card('Lost words'), status: 'orphaned' as const };
    expect(startSession([orphan], false).announcement).toContain(
      'Its text is no longer in the document.',
    );
  });

  it('maps keys 1 to 4 and says when a card comes back', () => {
    expect(['1', '2', '3', '4', '5', 'a'].map(ratingForKey)).toEqual([
      'again',
      'hard',
      'good',
      'easy',
      null,
      null,
    ]);
    expect([1, 8, 90, 1000].map((days) => whenDue(scheduled(days)))).toEqual([
      'tomorrow',
      'in 8 days',
      'in 3 months',
      'in 3 years',
    ]);
  });

  it('reads tags as typed and toggles choices', () => {
    expect(parseTags(' #memory, craft  memory ')).toEqual(['memory', 'craft']);
    expect(toggled(['blue'], 'pink')).toEqual(['blue', 'pink']);
    expect(toggled(['blue', 'pink'], 'blue')).toEqual(['pink']);
  });
});
