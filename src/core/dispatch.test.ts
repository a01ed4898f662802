import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossError } from '../shared/result';
import { dispatch } from './dispatch';
import { makeHandlers, summary } from '../shared/contract/testing';

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
