import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewRating } from '../../shared/review';
import { thrown } from '../library/testing';
import { noon, openReviewFixture, type ReviewFixture } from './testing';

const text =
  'Memory\n\nThe art of remembering is the art of thinking.\n\n' +
  'When we wish to fix a new thing in either our own mind or a pupil’s, our conscious effort ' +
  'should not be so much to impress and retain it as to connect it with something else already ' +
  'there.\n\nThe connecting is the thinking.';

describe('review service', () => {
  let fixture: ReviewFixture;
  let documentId: string;

  beforeEach(async () => {
    fixture = await openReviewFixture();
    documentId = fixture.documents.importText({ text }).id;
  });
  afterEach(() => fixture.close());

  const highlight = (
    words: string,
    color: 'yellow' | 'blue' = 'yellow',
    inDocument = documentId,
  ) => {
    const body = fixture.store.versions.findCurrent(inDocument)?.body ?? '';
    const start = body.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the text`);
    return fixture.annotations.create({
      documentId: inDocument,
      start,
      end: start + words.length,
      color,
    });
  };

  const queued = () => fixture.review.queue().cards.map((card) => card.quote);

  it('schedules a fixed series of ratings exactly as ts-fsrs does', () => {
    const { id } = highlight('The connecting is the thinking.');
    const series: Array<[ReviewRating, Grade, Date]> = [
      ['good', Rating.Good, noon(3)],
      ['again', Rating.Again, noon(6)],
      ['hard', Rating.Hard, noon(7)],
      ['easy', Rating.Easy, noon(10)],
      ['good', Rating.Good, noon(30)],
    ];
    const direct = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));
    let expected = createEmptyCard(noon(3));
    for (const [rating, grade, when] of series) {
      fixture.at(when);
      const { card } = fixture.review.rate(id, rating);
      expected = direct.next(expected, when, grade).card;
      expect(card).toEqual({
        state: ['new', 'learning', 'review', 'relearning'][expected.state],
        due: expected.due.toISOString(),
        stability: expected.stability,
        difficulty: expected.difficulty,
        elapsedDays: expected.elapsed_days,
        scheduledDays: expected.scheduled_days,
        learningSteps: expected.learning_steps,
        reps: expected.reps,
        lapses: expected.lapses,
        lastReview: when.toISOString(),
      });
    }
    expect(expected.lapses).toBe(1);
    const log = fixture.review.log();
    expect(log.map((entry) => entry.rating)).toEqual(series.map(([rating]) => rating));
    expect(log[0]?.before.state).toBe('new');
    expect(log[1]?.before).toEqual(log[0]?.after);
    expect(log.at(-1)?.after.due).toBe(expected.due.toISOString());
  });

  it('offers new highlights up to the daily limit, counting those started today', () => {
    fixture.review.updateSettings({ newPerDay: 2 });
    const first = highlight('The art of remembering');
    highlight('fix a new thing');
    highlight('The connecting is the thinking.');
    expect(queued()).toEqual(['The art of remembering', 'fix a new thing']);
    expect(fixture.review.dueCount()).toEqual({ total: 2, due: 0, new: 2 });

    fixture.review.rate(first.id, 'good');
    expect(queued()).toEqual(['fix a new thing']);
    expect(fixture.review.dueCount()).toEqual({ total: 1, due: 0, new: 1 });

    // Three days later the first is due again, and two new ones may start.
    fixture.at(noon(3, 3));
    expect(fixture.review.queue()).toMatchObject({ due: 1, new: 2 });
    expect(queued()).toEqual([
      'The art of remembering',
      'fix a new thing',
      'The connecting is the thinking.',
    ]);
  });

  it('keeps to the chosen tags, documents and colours', () => {
    const other = fixture.documents.importText({
      text: 'Elsewhere\n\nA thought from another book.',
    });
    const tagged = highlight('The art of remembering');
    fixture.annotations.update({ id: tagged.id, tags: ['memory'] });
    highlight('fix a new thing', 'blue');
    const noted = highlight('The connecting is the thinking.');
    fixture.notes.save({
      documentId,
      highlightId: noted.id,
      body: 'Link ideas.',
      tags: ['memory'],
    });
    highlight('A thought', 'yellow', other.id);

    fixture.review.updateSettings({ tags: ['memory'] });
    expect(queued()).toEqual(['The art of remembering', 'The connecting is the thinking.']);
    fixture.review.updateSettings({ tags: [], colors: ['blue'] });
    expect(queued()).toEqual(['fix a new thing']);
    fixture.review.updateSettings({ colors: [], documentIds: [other.id] });
    expect(queued()).toEqual(['A thought']);
    expect(fixture.review.dueCount().total).toBe(1);
  });

  it('shows the title, note, context and status; an orphan keeps its quote', () => {
    const kept = highlight('impress and retain it');
    fixture.notes.save({
      documentId,
      highlightId: kept.id,
      body: 'Connect, *then* keep.',
      tags: [],
    });
    const [card] = fixture.review.queue().cards;
    expect(card).toMatchObject({
      highlightId: kept.id,
      documentTitle: 'Memory',
      quote: 'impress and retain it',
      note: 'Connect, *then* keep.',
      pages: null,
      status: 'anchored',
      state: 'new',
      due: null,
      context: {
        before: expect.stringMatching(/^When we wish .* so much to $/u),
        after: ' as to connect it with something else already there.',
      },
    });

    fixture.documents.replaceText({ id: documentId, text: 'Memory\n\nSomething else entirely.' });
    const [orphan] = fixture.review.queue().cards;
    expect(orphan).toMatchObject({
      highlightId: kept.id,
      quote: 'impress and retain it',
      status: 'orphaned',
      pages: null,
      context: {
        before: expect.stringMatching(/so much to $/u),
        after: ' as to connect it with something',
      },
    });
  });

  it('gives the page of a highlight in a document with pages', () => {
    const paper = fixture.documents.importParsed(
      {
        title: 'Paper',
        blocks: [{ kind: 'paragraph', text: 'First page words. Second page words.' }],
        ...{ byline: null, siteName: null, publishedAt: null },
        format: 'pdf',
        pages: [
          { start: 0, label: '11' },
          { start: 18, label: '12' },
        ],
      },
      'paper.pdf',
    );
    highlight('Second page', 'yellow', paper.id);
    expect(fixture.review.queue().cards[0]?.pages).toBe('p. 12');
  });

  it('drops a deleted highlight and takes it back, schedule and all, when the delete is undone', () => {
    const gone = highlight('The art of remembering');
    fixture.review.rate(gone.id, 'good');
    fixture.at(noon(3, 5));
    expect(queued()).toEqual(['The art of remembering']);
    const removed = fixture.annotations.delete(gone.id);
    expect(queued()).toEqual([]);
    expect(thrown(() => fixture.review.rate(gone.id, 'good')).code).toBe('not_found');
    fixture.annotations.restore(removed);
    expect(fixture.review.queue().cards[0]).toMatchObject({
      quote: 'The art of remembering',
      state: 'review',
    });
  });

  it('keeps the schedule of a highlight that moved or had words edited in a new version', () => {
    const moved = highlight('The art of remembering');
    const edited = highlight('The connecting is the thinking.');
    fixture.review.rate(moved.id, 'good');
    fixture.review.rate(edited.id, 'easy');
    fixture.documents.replaceText({
      id: documentId,
      text: text
        .replace('Memory\n\n', 'Memory\n\nA new opening line.\n\n')
        .replace('is the thinking', 'is our thinking'),
    });
    const statuses = fixture.annotations.list(documentId).highlights.map((h) => [h.id, h.status]);
    expect(statuses).toEqual([
      [moved.id, 'moved'],
      [edited.id, 'moved'],
    ]);
    fixture.at(noon(3, 30));
    expect(fixture.review.queue().cards.map((card) => [card.quote, card.state])).toEqual([
      ['The art of remembering', 'review'],
      ['The connecting is our thinking.', 'review'],
    ]);
  });

  it('leaves out highlights of documents in the Trash', () => {
    highlight('The art of remembering');
    fixture.documents.delete(documentId);
    expect(fixture.review.dueCount()).toEqual({ total: 0, due: 0, new: 0 });
  });

  it('excludes a highlight until it is included again', () => {
    const left = highlight('The art of remembering');
    highlight('fix a new thing');
    expect(fixture.review.exclude(left.id)).toMatchObject({
      highlightId: left.id,
      documentTitle: 'Memory',
      quote: 'The art of remembering',
    });
    expect(queued()).toEqual(['fix a new thing']);
    expect(fixture.review.status(left.id)).toEqual({
      highlightId: left.id,
      excluded: true,
      state: 'new',
      due: null,
    });
    expect(fixture.review.excluded().map((entry) => entry.highlightId)).toEqual([left.id]);
    fixture.review.include(left.id);
    expect(queued()).toEqual(['The art of remembering', 'fix a new thing']);
    expect(thrown(() => fixture.review.include(left.id)).message).toMatch(/not excluded/u);
    expect(thrown(() => fixture.review.exclude('nope')).code).toBe('not_found');
  });

  it('answers the same queue after a restart', async () => {
    const first = highlight('The art of remembering');
    highlight('fix a new thing');
    fixture.review.updateSettings({ newPerDay: 1, hideNotes: true });
    fixture.review.rate(first.id, 'hard');
    fixture.at(noon(3, 2));
    const before = fixture.review.queue();
    const reopened = await fixture.reopen();
    expect(reopened.queue()).toEqual(before);
    expect(reopened.settings()).toMatchObject({ newPerDay: 1, hideNotes: true });
    expect(reopened.log()).toHaveLength(1);
  });
});
