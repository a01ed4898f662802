import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import type { AnnotationsState, Call } from './commands';
import { isPendingId, pendingHighlight, savePendingHighlight } from './pending';
import { fakeAnnotationsCore } from './testing';

const empty = (documentId: string): AnnotationsState => ({ documentId, highlights: [], notes: [] });

describe('a highlight drawn before the core saves it', () => {
  it('has a temporary id that no saved highlight has', () => {
    const drawn = pendingHighlight({ start: 4, end: 9 }, 'blue');
    expect(isPendingId(drawn.id)).toBe(true);
    expect(drawn).toMatchObject({ start: 4, end: 9, color: 'blue' });
    expect(pendingHighlight({ start: 4, end: 9 }, 'blue').id).not.toBe(drawn.id);
  });

  it('is settled once the core has saved it, with the saved highlight in the state', async () => {
    const core = fakeAnnotationsCore();
    let settled = 0;
    const save = savePendingHighlight(() => (settled += 1));
    const result = await save(core.call, empty(core.documentId), {
      range: { start: 4, end: 9 },
      color: 'green',
    });
    expect(settled).toBe(1);
    expect(isPendingId(result.value.id)).toBe(false);
    expect(result.state.highlights.map((item) => item.id)).toEqual([result.value.id]);
    expect((await core.list()).highlights.map((item) => item.id)).toEqual([result.value.id]);
  });

  it('is settled too when the core refuses, whose reason says it was not saved', async () => {
    const core = fakeAnnotationsCore();
    const trashed = new ApiError('not_found', 'The document is in the Trash.');
    const call = (async (method, input) =>
      method === 'highlights.create' ? Promise.reject(trashed) : core.call(method, input)) as Call;
    let settled = 0;
    const save = savePendingHighlight(() => (settled += 1));
    const refused = save(call, empty(core.documentId), {
      range: { start: 4, end: 9 },
      color: 'green',
    });
    await expect(refused).rejects.toThrow(
      'The highlight was not saved: The document is in the Trash.',
    );
    await expect(refused).rejects.toMatchObject({ code: 'not_found' });
    expect(settled).toBe(1);
    expect(await core.list()).toEqual({ highlights: [], notes: [] });
  });
});
