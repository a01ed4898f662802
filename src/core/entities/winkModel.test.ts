import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fastWinkModel, loadCoreModel } from './winkModel';

const load = createRequire(import.meta.url);

describe("wink's model, loaded the fast way", () => {
  // Compares two models of 87,600-word hashes key by key (ours answer through a Proxy's traps):
  // about 2 s alone, more beside the other test files on a busy machine.
  it('is the very model wink-eng-lite-web-model builds with its own loader', () => {
    const ownLoader = load('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown;
    expect(loadCoreModel()).toStrictEqual(ownLoader());
  }, 30_000);

  it("holds the package's own parts beside it, as its dist/model.js assembles them", () => {
    const own = load('wink-eng-lite-web-model') as Record<string, unknown>;
    const fast = fastWinkModel() as unknown as Record<string, unknown>;
    expect(Object.keys(fast)).toEqual(Object.keys(own));
    for (const key of Object.keys(own)) {
      if (key === 'core') continue;
      if (key === 'addons') expect(fast.addons, key).toStrictEqual(own.addons);
      else expect(fast[key], key).toBe(own[key]);
    }
  });
});
