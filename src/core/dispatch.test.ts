import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../shared/contract';
import { GlossError } from '../shared/result';
import { dispatch } from './dispatch';

const summary = {
  id: 'doc-1',
  title: 'Title',
  source: 'Pasted text',
  addedAt: '2025-03-01T10:00:00.000Z',
  openedAt: null,
  charCount: 5,
};

const highlight = {
  id: 'h1',
  documentId: 'doc-1',
  start: 0,
  end: 5,
  quote: { type: 'TextQuoteSelector' as const, exact: 'Title', prefix: '', suffix: '' },
  color: 'yellow' as const,
  tags: [],
  status: 'anchored' as const,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

const note = {
  id: 'n1',
  documentId: 'doc-1',
  highlightId: 'h1',
  body: 'A note.',
  tags: [],
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

const entity = {
  id: 'e1',
  type: 'person' as const,
  canonical: 'Ada Lovelace',
  aliases: ['Lovelace'],
  value: null,
  hidden: false,
};

const docEntity = { ...entity, mentionCount: 1, documentCount: 1, noteCount: 0 };

const entityList = {
  documentId: 'doc-1',
  version: 1,
  state: 'ready' as const,
  progress: 1,
  error: null,
  entities: [docEntity],
  mentions: [{ id: 1, entityId: 'e1', start: 0, end: 5, text: 'Title' }],
};

const makeHandlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  'library.list': () => [summary],
  'documents.get': () => ({
    ...summary,
    byline: null,
    siteName: null,
    publishedAt: null,
    blocks: [],
  }),
  'documents.importText': () => summary,
  'documents.markOpened': () => summary,
  'documents.delete': ({ id }) => ({ id }),
  'documents.replaceText': () => ({
    document: summary,
    report: { anchored: 0, moved: 0, orphaned: 0 },
  }),
  'annotations.list': () => ({ highlights: [highlight], notes: [note] }),
  'highlights.create': () => highlight,
  'highlights.update': () => highlight,
  'highlights.delete': () => ({ highlight, note }),
  'highlights.restore': () => highlight,
  'highlights.reattach': () => highlight,
  'notes.save': () => note,
  'notes.delete': () => note,
  'notes.restore': () => note,
  'entities.list': () => entityList,
  'entities.refresh': () => entityList,
  'entities.get': () => ({ entity: docEntity, mentions: [], notes: [] }),
  'entities.rename': () => entity,
  'entities.retype': () => entity,
  'entities.merge': () => entity,
  'entities.split': () => entity,
  'entities.hide': () => entity,
  'entities.addFromSelection': () => entity,
  'noteLinks.list': () => [],
  'noteLinks.add': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
  'noteLinks.remove': ({ noteId, entityId }) => ({ noteId, entityId, kind: 'manual' as const }),
  ...overrides,
});

describe('dispatch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the handler and wraps its value', async () => {
    expect(await dispatch(makeHandlers(), 'documents.delete', { id: 'doc-1' })).toEqual({
      ok: true,
      value: { id: 'doc-1' },
    });
    expect(await dispatch(makeHandlers(), 'library.list', undefined)).toEqual({
      ok: true,
      value: [summary],
    });
  });

  it('answers unknown_method for a name outside the contract', async () => {
    for (const name of ['documents.explode', 'toString', '__proto__', '']) {
      const result = await dispatch(makeHandlers(), name, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: `Unknown method "${name}".` },
      });
    }
  });

  it('answers invalid_input with a clear message and never calls the handler', async () => {
    const importText = vi.fn(() => summary);
    const handlers = makeHandlers({ 'documents.importText': importText });
    const missing = await dispatch(handlers, 'documents.importText', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!missing.ok && missing.error.message).toMatch(/^text: /u);

    const extra = await dispatch(handlers, 'documents.importText', { text: 'x', evil: true });
    expect(!extra.ok && extra.error.message).toMatch(/evil/u);

    const tooLong = await dispatch(handlers, 'documents.importText', {
      text: 'x'.repeat(10_000_001),
    });
    expect(tooLong).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'text: The text is larger than the 10 MB import limit.',
      },
    });
    expect(importText).not.toHaveBeenCalled();
  });

  it('passes a GlossError through with its code and message', async () => {
    const handlers = makeHandlers({
      'documents.get': () => {
        throw new GlossError('not_found', 'No such document.');
      },
    });
    expect(await dispatch(handlers, 'documents.get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such document.' },
    });
  });

  it('reports an unexpected error as internal, without its message or stack', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = makeHandlers({
      'library.list': async () => {
        throw new TypeError('secret detail at /home/ada/gloss.db');
      },
    });
    const result = await dispatch(handlers, 'library.list', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Something went wrong inside Gloss; the action was not completed.',
      },
    });
    const message = result.ok ? '' : result.error.message;
    expect(message).not.toMatch(/secret|at |\.ts|TypeError/u);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
