import { describe, expect, it } from 'vitest';
import { methods, type Handlers, type MethodName } from '../../../shared/contract';
import { makeHandlers } from '../../../shared/contract/testing';
import { defaultReviewSettings } from '../../../shared/review';
import type { Call } from '../annotations/commands';
import { excludeCard, loadReview, rateCard, saveSettings } from './commands';
import { testCard } from './testing';

/** A fake core behind the contract's input checks, recording what the commands asked of it. */
const fakeReview = (overrides: Partial<Handlers> = {}) => {
  const asked: string[] = [];
  const handlers = makeHandlers({
    'review.queue': () => ({ cards: [testCard('h1'), testCard('h2')], due: 0, new: 2 }),
    'review.settings': () => ({ ...defaultReviewSettings, hideNotes: true }),
    ...overrides,
  });
  const call = (async (method: MethodName, input: unknown) => {
    asked.push(`${method} ${JSON.stringify(input)}`);
    return (handlers[method] as (input: unknown) => unknown)(methods[method].input.parse(input));
  }) as Call;
  return { call, asked };
};

describe('review commands', () => {
  it('loads a sitting with the settings’ hidden notes, rates and excludes the card showing', async () => {
    const core = fakeReview();
    const loaded = await loadReview(core.call);
    if (loaded.status !== 'ready') throw new Error('the review did not load');
    expect(loaded.session).toMatchObject({ index: 0, hideNotes: true, revealed: false });

    const afterRating = await rateCard(core.call, loaded.session, 'easy');
    expect(afterRating).toMatchObject({ index: 1, reviewed: 1 });
    expect(afterRating.announcement).toMatch(/^Rated Easy: back in 3 days\. Card 2 of 2/u);
    const afterExclusion = await excludeCard(core.call, afterRating);
    expect(afterExclusion).toMatchObject({ index: 2, reviewed: 1 });
    expect(core.asked.slice(2)).toEqual([
      'review.rate {"highlightId":"h1","rating":"easy"}',
      'review.exclude {"highlightId":"h2"}',
    ]);
  });

  it('a rating the core refuses rejects, and the sitting stays on its card', async () => {
    const core = fakeReview({
      'review.rate': () => {
        throw new Error('There is no highlight with id "h1"; it may have been deleted.');
      },
    });
    const loaded = await loadReview(core.call);
    if (loaded.status !== 'ready') throw new Error('the review did not load');
    await expect(rateCard(core.call, loaded.session, 'good')).rejects.toThrow(/no highlight/u);
    expect(loaded.session.index).toBe(0);
  });

  it('a queue that cannot be read gives an error to show', async () => {
    const core = fakeReview({
      'review.queue': () => {
        throw new Error('disk');
      },
    });
    expect(await loadReview(core.call)).toEqual({
      status: 'error',
      message: 'Something went wrong in this window; the action was not completed.',
    });
  });

  it('saves the tags as typed and refuses a count that is not a whole number', async () => {
    const core = fakeReview();
    const saved = await saveSettings(
      core.call,
      { ...defaultReviewSettings, newPerDay: 5 },
      '#memory, craft',
    );
    expect(saved).toMatchObject({ newPerDay: 5, tags: ['memory', 'craft'] });
    await expect(
      saveSettings(core.call, { ...defaultReviewSettings, newPerDay: Number.NaN }, ''),
    ).rejects.toThrow('Enter how many new highlights a day, a whole number from 0 to 1000.');
    expect(core.asked.filter((line) => line.startsWith('review.updateSettings'))).toHaveLength(1);
  });
});
