/*
 * Work that makes a later answer instant (sorting 10,000 titles, folding them for the filter)
 * but would hold up a keystroke if done in one go: one step per idle period of the browser, so
 * a key pressed meanwhile waits for one step at most, never for the lot.
 */

type Step = () => void;

const requestIdle = (run: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 50);
  return () => window.clearTimeout(timer);
};

/** Runs `steps` in order, each in an idle period; the answer cancels the rest. */
export const runWhenIdle = (steps: readonly Step[]): (() => void) => {
  let next = 0;
  let cancel = (): void => undefined;
  const runOne = () => {
    const step = steps[next];
    next += 1;
    if (step === undefined) return;
    step();
    cancel = requestIdle(runOne);
  };
  cancel = requestIdle(runOne);
  return () => cancel();
};
