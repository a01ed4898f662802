import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel } from './winkModel';

const load = createRequire(import.meta.url);

describe("wink's model, loaded the fast way", () => {
  it('is the very model wink-eng-lite-web-model builds with its own loader', () => {
    const ownLoader = load('wink-eng-lite-web-model/dist/load-core-model.js') as () => unknown;
    expect(loadCoreModel()).toStrictEqual(ownLoader());
  });
});
