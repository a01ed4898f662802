import type { HighlightColor } from '../../../shared/annotations';
import { ApiError, errorMessage } from '../api/ApiError';
import { createHighlight } from './commands';

/**
 * A highlight drawn the moment it is asked for, while the core saves it. Its id is temporary
 * (the core gives the real one): marks show it as not saved yet (data-saved="false", its id
 * left out of data-highlight-ids) until the saved highlight replaces it, and a failed save
 * removes it, so nothing ever shows as saved that is not.
 */
export interface PendingHighlight {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  createdAt: string;
}

const prefix = 'pending:';
let serial = 0;

export const pendingHighlight = (
  range: { start: number; end: number },
  color: HighlightColor,
): PendingHighlight => {
  serial += 1;
  return { id: `${prefix}${serial}`, ...range, color, createdAt: new Date().toISOString() };
};

/** Whether an id is a pending highlight's temporary one (real ids never start so). */
export const isPendingId = (id: string): boolean => id.startsWith(prefix);

/**
 * createHighlight for a highlight drawn as pending: `settled` takes the pending mark away in the
 * same step that stores the saved highlight (one update, no flicker), or when the core refuses,
 * whose message then says that the highlight was not saved.
 */
export const savePendingHighlight =
  (settled: () => void): typeof createHighlight =>
  async (call, state, input) => {
    try {
      return await createHighlight(call, state, input);
    } catch (failure) {
      throw new ApiError(
        failure instanceof ApiError ? failure.code : 'internal',
        `The highlight was not saved: ${errorMessage(failure)}`,
      );
    } finally {
      settled();
    }
  };
