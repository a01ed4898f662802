import type { Highlight, Note } from '../../../shared/annotations';
import { methods, type Handlers, type MethodName } from '../../../shared/contract';
import { makeHandlers } from '../../../shared/contract/testing';
import type { Call } from './commands';

/**
 * The fake handlers of src/shared/contract/testing.ts with the highlight and note methods kept in memory,
 * so a command's effect (and its undo and redo) can be read back through annotations.list.
 */
export const fakeAnnotationsCore = (documentId = 'doc-1') => {
  const highlights = new Map<string, Highlight>();
  const notes = new Map<string, Note>();
  let serial = 0;
  const now = '2025-03-01T10:00:00.000Z';
  const missing = (id: string) => new Error(`No such record: ${id}`);

  const handlers: Handlers = makeHandlers({
    'annotations.list': () => ({
      highlights: [...highlights.values()].sort((a, b) => a.start - b.start),
      notes: [...notes.values()],
    }),
    'highlights.create': ({ start, end, color }) => {
      serial += 1;
      const highlight: Highlight = {
        id: `h${serial}`,
        documentId,
        start,
        end,
        quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' },
        color,
        tags: [],
        status: 'anchored',
        editedFrom: null,
        createdAt: now,
        updatedAt: now,
      };
      highlights.set(highlight.id, highlight);
      return highlight;
    },
    'highlights.update': ({ id, ...patch }) => {
      const current = highlights.get(id);
      if (!current) throw missing(id);
      const updated = { ...current, ...patch };
      highlights.set(id, updated);
      return updated;
    },
    'highlights.delete': ({ id }) => {
      const highlight = highlights.get(id);
      if (!highlight) throw missing(id);
      const note = [...notes.values()].find((item) => item.highlightId === id) ?? null;
      highlights.delete(id);
      if (note) notes.delete(note.id);
      return { highlight, note };
    },
    'highlights.restore': ({ highlight, note }) => {
      highlights.set(highlight.id, highlight);
      if (note) notes.set(note.id, note);
      return highlight;
    },
    'notes.save': ({ id, highlightId, body, tags }) => {
      const existing =
        (id && notes.get(id)) ||
        [...notes.values()].find(
          (note) => highlightId !== null && note.highlightId === highlightId,
        );
      serial += 1;
      const note: Note = {
        id: existing?.id ?? id ?? `n${serial}`,
        documentId,
        highlightId,
        body,
        tags,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      notes.set(note.id, note);
      return note;
    },
    'notes.delete': ({ id }) => {
      const note = notes.get(id);
      if (!note) throw missing(id);
      notes.delete(id);
      return note;
    },
    'notes.restore': ({ note }) => {
      notes.set(note.id, note);
      return note;
    },
  });

  /** Like the api's call: the input is checked against the contract first. */
  const call = (async (method: MethodName, input: unknown) => {
    const parsed = methods[method].input.parse(input);
    const handler = handlers[method] as (input: unknown) => unknown;
    return handler(parsed);
  }) as Call;

  return { call, documentId, list: () => call('annotations.list', { documentId }) };
};
