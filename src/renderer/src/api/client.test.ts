import { describe, expect, it } from 'vitest';
import { readEnvelope } from './client';

describe('readEnvelope', () => {
  it('takes a success with any value', () => {
    expect(readEnvelope({ ok: true, value: [1, 2] })).toEqual({ ok: true, value: [1, 2] });
    expect(readEnvelope({ ok: true, value: null })).toEqual({ ok: true, value: null });
    // What JSON makes of a method that answers nothing.
    expect(readEnvelope({ ok: true })).toEqual({ ok: true, value: undefined });
  });

  it('takes a failure with a known code and its message', () => {
    expect(readEnvelope({ ok: false, error: { code: 'not_found', message: 'Gone.' } })).toEqual({
      ok: false,
      code: 'not_found',
      message: 'Gone.',
    });
  });

  it('refuses anything else, so the caller says the answer was unexpected', () => {
    for (const answer of [
      null,
      'ok',
      [],
      { ok: 'yes', value: 1 },
      { ok: false },
      { ok: false, error: { code: 'made_up', message: 'x' } },
      { ok: false, error: { code: 'not_found', message: 3 } },
    ]) {
      expect(readEnvelope(answer)).toBeNull();
    }
  });
});
