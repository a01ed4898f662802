// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageSecretStorageKey } from '../../../shared/bridge';

const load = async () => {
  vi.resetModules();
  return import('./pageSecret');
};

describe("browser mode's page secret", () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('is taken from the launch redirect, wiped from the address bar, and kept for a reload as the page goes', async () => {
    window.history.replaceState(null, '', '/#gloss-page=abc_123-XYZ');
    const { adoptPageSecret, pageSecret } = await load();
    adoptPageSecret();
    expect(window.location.hash).toBe('');
    expect(pageSecret()).toBe('abc_123-XYZ');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.sessionStorage.getItem(pageSecretStorageKey)).toBe('abc_123-XYZ');

    // The reloaded page reads it back.
    const reloaded = await load();
    reloaded.adoptPageSecret();
    expect(reloaded.pageSecret()).toBe('abc_123-XYZ');
  });

  it('is kept once the first frame is painted', async () => {
    window.history.replaceState(null, '', '/#gloss-page=painted');
    const { adoptPageSecret } = await load();
    adoptPageSecret();
    await vi.waitFor(() =>
      expect(window.sessionStorage.getItem(pageSecretStorageKey)).toBe('painted'),
    );
  });

  it('takes nothing from a fragment that is not one', async () => {
    window.history.replaceState(null, '', '/#gloss-page=<script>');
    const { adoptPageSecret, pageSecret } = await load();
    adoptPageSecret();
    expect(pageSecret()).toBeNull();
  });
});
