import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noon, openReviewFixture, type ReviewFixture } from './testing';

const script = path.join(__dirname, 'testdata', 'rateThenDie.ts');

/** Runs the script on Node with tsx and resolves with the signal that ended it. */
const rateInChild = (dataDir: string, highlightId: string, at: Date) =>
  new Promise<{ signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, dataDir, highlightId, at.toISOString()],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });

describe('review after a kill', () => {
  let fixture: ReviewFixture;

  beforeEach(async () => {
    fixture = await openReviewFixture();
  });
  afterEach(() => fixture.close());

  it('keeps a rating made just before the process was killed', { timeout: 60_000 }, async () => {
    const { id } = fixture.documents.importText({ text: 'Kept\n\nA rating must outlive a crash.' });
    const body = fixture.store.versions.findCurrent(id)?.body ?? '';
    const highlight = fixture.annotations.create({
      documentId: id,
      start: 0,
      end: body.length,
      color: 'yellow',
    });
    fixture.at(noon(3));
    const before = fixture.review.queue();
    expect(before.cards.map((card) => card.state)).toEqual(['new']);

    const { signal, stderr } = await rateInChild(fixture.dir, highlight.id, noon(3));
    expect(stderr).toBe('');
    expect(signal).toBe('SIGKILL');

    const reopened = await fixture.reopen();
    expect(reopened.log().map((entry) => [entry.highlightId, entry.rating])).toEqual([
      [highlight.id, 'good'],
    ]);
    // Today's queue is what it is after one rating: empty; three days later the card is due.
    expect(reopened.queue().cards).toEqual([]);
    fixture.at(noon(3, 3));
    expect(reopened.queue().cards.map((card) => [card.highlightId, card.state])).toEqual([
      [highlight.id, 'review'],
    ]);
  });
});
