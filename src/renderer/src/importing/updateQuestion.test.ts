import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model';
import {
  createUpdateDecider,
  ImportCancelled,
  type UpdateAnswer,
  type UpdateQuestion,
} from './updateQuestion';

const match: DocumentSummary = {
  id: 'doc-1',
  title: 'Field Notes',
  source: 'notes.md',
  addedAt: '2025-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 10,
  highlightCount: 3,
  noteCount: 0,
  entityCount: null,
};
const question = (fileName: string): UpdateQuestion => ({
  fileName,
  match,
  reason: 'file name',
  remaining: 2,
});

/** A decider whose reader gives the answers in turn, and the questions it was asked. */
const deciderAnswering = (...answers: UpdateAnswer[]) => {
  const asked: string[] = [];
  const decider = createUpdateDecider((q) => {
    asked.push(q.fileName);
    const answer = answers.shift();
    return answer ? Promise.resolve(answer) : Promise.reject(new Error('asked once too often'));
  });
  return { decider, asked };
};

describe('the update question', () => {
  it('asks for each matching file', async () => {
    const { decider, asked } = deciderAnswering(
      { choice: 'update', forRest: false },
      { choice: 'new', forRest: false },
    );
    expect(await decider.decide(question('a.md'))).toBe('update');
    expect(await decider.decide(question('b.md'))).toBe('new');
    expect(asked).toEqual(['a.md', 'b.md']);
  });

  it('an answer given for the rest stands until the batch ends', async () => {
    const { decider, asked } = deciderAnswering(
      { choice: 'new', forRest: true },
      { choice: 'update', forRest: false },
    );
    expect(await decider.decide(question('a.md'))).toBe('new');
    expect(await decider.decide(question('b.md'))).toBe('new');
    expect(asked).toEqual(['a.md']);
    decider.reset();
    expect(await decider.decide(question('c.md'))).toBe('update');
    expect(asked).toEqual(['a.md', 'c.md']);
  });

  it('Cancel stops the import of the file', async () => {
    const { decider } = deciderAnswering({ choice: 'cancel', forRest: true });
    await expect(decider.decide(question('a.md'))).rejects.toBeInstanceOf(ImportCancelled);
  });
});
