import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossDocument } from '../../../shared/model';

const answers = vi.hoisted(() => ({
  lastOpened: Promise.resolve({ id: 'doc-1' as string | null }) as Promise<{ id: string | null }>,
  calls: [] as string[],
}));

vi.mock('../api', () => ({
  call: (method: string, input: { id?: string }) => {
    answers.calls.push(`${method} ${input.id ?? ''}`.trim());
    if (method === 'library.lastOpened') return answers.lastOpened;
    return Promise.resolve({ id: input.id, title: 'First' } as unknown as GlossDocument);
  },
}));

const load = async () => {
  vi.resetModules();
  return import('./firstDocument');
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
    expect(await first.takeFirstDocument('doc-2')).toBeNull();
    expect(await first.takeFirstDocument('doc-1')).toMatchObject({ id: 'doc-1' });
    expect(await first.takeFirstDocument('doc-1')).toBeNull();
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
    expect(await failed.takeFirstDocument('doc-1')).toBeNull();
  });
});
