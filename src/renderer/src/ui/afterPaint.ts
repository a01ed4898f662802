/**
 * Runs `work` once the next frame has been painted: for requests a change sets off that the
 * user does not wait for (a count in the top bar, a preference saved), so starting them, a few
 * milliseconds each, does not hold up the frame that shows the change. The answer cancels it.
 */
export const afterNextPaint = (work: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // A task queued from the frame's callback runs after that frame is painted.
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};
