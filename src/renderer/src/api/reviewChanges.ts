/**
 * Tells whoever shows today's review count (the top bar) that a change made elsewhere (the
 * Notes panel leaving a highlight out) may have changed it.
 */
const reviewChanges = new EventTarget();

export const announceReviewChange = (): void => {
  reviewChanges.dispatchEvent(new Event('change'));
};

/** Calls `listener` on every announced change; returns the unsubscribe. */
export const onReviewChange = (listener: () => void): (() => void) => {
  reviewChanges.addEventListener('change', listener);
  return () => reviewChanges.removeEventListener('change', listener);
};
