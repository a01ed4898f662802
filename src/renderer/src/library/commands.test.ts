import { describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../shared/contract';
import { makeHandlers, summary } from '../../../shared/contract/testing';
import type { DocumentSummary } from '../../../shared/model';
import type { Call } from '../annotations/commands';
import {
  pickInitial,
  removeDocument,
  renameDocument,
  withCounts,
  withEarlyOpens,
  type LibraryState,
} from './commands';

const doc = (id: string, openedAt: string | null): DocumentSummary => ({
  ...summary,
  id,
  title: `Document ${id}`,
  openedAt,
});

/** A library of documents kept in memory behind the contract's input checks. */
const fakeLibrary = (documents: DocumentSummary[], { listFails = false } = {}) => {
  const held = new Map(documents.map((item) => [item.id, item]));
  const handlers = makeHandlers({
    'library.list': () => {
      if (listFails) throw new Error('The library could not be read.');
      return [...held.values()];
    },
    'documents.rename': ({ id, title }) => {
      const found = held.get(id);
      if (!found) throw new Error(`No document ${id}`);
      const renamed = { ...found, title };
      held.set(id, renamed);
      return renamed;
    },
    'documents.delete': ({ id }) => {
      held.delete(id);
      return { id };
    },
  });
  const call = (async (method: MethodName, input: unknown) =>
    (handlers[method] as (input: unknown) => unknown)(methods[method].input.parse(input))) as Call;
  return { call, held };
};

const ready = (documents: DocumentSummary[]): LibraryState => ({ status: 'ready', documents });

describe('library commands', () => {
  it('opens the most recently opened document first, or the first when none was opened', () => {
    expect(pickInitial([doc('a', null), doc('b', '2025-01-02'), doc('c', '2025-01-03')])).toBe('c');
    expect(pickInitial([doc('a', null), doc('b', null)])).toBe('a');
    expect(pickInitial([])).toBeNull();
  });

  it('keeps an open that came back before the list, unless the list already has a later one', () => {
    const list = [doc('a', '2025-01-01'), doc('b', null)];
    const early = new Map([
      ['a', doc('a', '2025-02-01')],
      ['b', doc('b', null)],
    ]);
    expect(withEarlyOpens(list, early).map((item) => item.openedAt)).toEqual(['2025-02-01', null]);
    const older = new Map([['a', doc('a', '2024-12-01')]]);
    expect(withEarlyOpens(list, older)).toEqual(list);
  });

  it('a rename replaces the summary in place with what the core stored (title trimmed)', async () => {
    const library = fakeLibrary([doc('a', null), doc('b', null)]);
    const { state, value } = await renameDocument(library.call, ready([...library.held.values()]), {
      id: 'b',
      title: '  Field notes ',
    });
    expect(value.title).toBe('Field notes');
    expect(state.status === 'ready' && state.documents.map((item) => item.title)).toEqual([
      'Document a',
      'Field notes',
    ]);
  });

  it('a rename the core refuses rejects and leaves the list as it was', async () => {
    const library = fakeLibrary([doc('a', null)]);
    await expect(
      renameDocument(library.call, ready([doc('a', null)]), { id: 'gone', title: 'x' }),
    ).rejects.toThrow('No document gone');
    expect(library.held.get('a')?.title).toBe('Document a');
  });

  it('removing reads the list again; if that read fails, the row still leaves', async () => {
    const library = fakeLibrary([doc('a', null), doc('b', null)]);
    const removed = await removeDocument(library.call, ready([...library.held.values()]), {
      id: 'a',
    });
    expect(removed.state).toEqual(ready([doc('b', null)]));

    const failing = fakeLibrary([doc('a', null), doc('b', null)], { listFails: true });
    const dropped = await removeDocument(failing.call, ready([doc('a', null), doc('b', null)]), {
      id: 'b',
    });
    expect(dropped.state).toEqual(ready([doc('a', null)]));
  });

  it('unchanged counts give back the very same state, so nothing re-renders', () => {
    const state = ready([{ ...doc('a', null), highlightCount: 2 }]);
    expect(withCounts(state, 'a', { highlightCount: 2 })).toBe(state);
    const changed = withCounts(state, 'a', { highlightCount: 3 });
    expect(changed.status === 'ready' && changed.documents[0]?.highlightCount).toBe(3);
  });
});
