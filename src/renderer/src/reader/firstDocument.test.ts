import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossDocument } from '../../../shared/model';

const answers = vi.hoisted(() => ({
  lastOpened: Promise.resolve({ id: 'doc-1' as string | null }) as Promise<{ id: string | null }>,
  calls: [] as string[],
}));

vi.mock('../api/client', () => ({
  call: (method: string, input: { id?: string }) => {
    answers.calls.push(`${method} ${input.id ?? ''}`.trim());
    if (method === 'library.lastOpened') return answers.lastOpened;
    return Promise.resolve({ id: input.id, title: 'First' } as unknown as GlossDocument);
  },
}));

const load = async () => {
  vi.resetModules();
  const first = await import('./firstDocument');
  const early = await import('../api/earlyCalls');
  return { ...first, take: (id: string) => early.takeEarlyOrCall('documents.get', { id }) };
};

describe('the first document', () => {
  beforeEach(() => {
    answers.calls = [];
    answers.lastOpened = Promise.resolve({ id: 'doc-1' });
  });

  it('is asked for at start and handed over once, to the reader of that id only', async () => {
    const first = await load();
    first.startFirstDocument();
    expect(await first.firstDocumentId()).toBe('doc-1');
    expect(answers.calls).toEqual(['library.lastOpened', 'documents.get doc-1']);
    // Another document is asked for afresh; the first one's text is handed over once.
    expect(await first.take('doc-2')).toMatchObject({ id: 'doc-2' });
    expect(answers.calls).toEqual([
      'library.lastOpened',
      'documents.get doc-1',
      'documents.get doc-2',
    ]);
    expect(await first.take('doc-1')).toMatchObject({ id: 'doc-1' });
    expect(answers.calls).toHaveLength(3);
    await first.take('doc-1');
    expect(answers.calls).toEqual([
      'library.lastOpened',
      'documents.get doc-1',
      'documents.get doc-2',
      'documents.get doc-1',
    ]);
  });

  it('gives no id when the library is empty or the core failed, and nothing to take', async () => {
    answers.lastOpened = Promise.resolve({ id: null });
    const empty = await load();
    empty.startFirstDocument();
    expect(await empty.firstDocumentId()).toBeNull();
    expect(answers.calls).toEqual(['library.lastOpened']);

    answers.lastOpened = Promise.reject(new Error('unreachable'));
    const failed = await load();
    failed.startFirstDocument();
    expect(await failed.firstDocumentId()).toBeNull();
    await failed.take('doc-1');
    expect(answers.calls).toEqual([
      'library.lastOpened',
      'library.lastOpened',
      'documents.get doc-1',
    ]);
  });
});
