import { methodNames } from '../../src/shared/contract';
import { expect, test } from '../fixtures';

test('the window gets the named contract methods, the native dialogs and no Node', async ({
  gloss,
}) => {
  const seen = await gloss.page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const bridge = (scope.gloss ?? {}) as Record<string, unknown>;
    const shell = (scope.glossShell ?? {}) as Record<string, unknown>;
    return {
      shell: Object.keys(shell).map((key) => `${key}:${typeof shell[key]}`),
      bridge: Object.keys(bridge).sort(),
      functions: Object.values(bridge).every((value) => typeof value === 'function'),
      require: typeof scope.require,
      process: typeof scope.process,
    };
  });
  expect(seen).toEqual({
    shell: ['choosePath:function'],
    bridge: [...methodNames].sort(),
    functions: true,
    require: 'undefined',
    process: 'undefined',
  });
});
