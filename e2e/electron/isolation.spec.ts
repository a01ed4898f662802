import { methodNames } from '../../src/shared/contract';
import { expect, test } from '../fixtures';

test('the window gets the named contract methods and no Node', async ({ gloss }) => {
  const seen = await gloss.page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const bridge = (scope.gloss ?? {}) as Record<string, unknown>;
    return {
      bridge: Object.keys(bridge).sort(),
      functions: Object.values(bridge).every((value) => typeof value === 'function'),
      require: typeof scope.require,
      process: typeof scope.process,
    };
  });
  expect(seen).toEqual({
    bridge: [...methodNames].sort(),
    functions: true,
    require: 'undefined',
    process: 'undefined',
  });
});
