import type { SetStateAction } from 'react';
import type { PendingHighlight } from './pending';

/*
 * Pending highlights (pending.ts) are the reader's state, not the annotations store's: the key
 * press that draws one then re-renders the reader alone. Held by the store, each change made
 * React look through the whole window (the Notes panel's 2,000 items included) for what reads
 * them, before the mark could be painted. The store sends its changes down this channel, a
 * stable object, to the state the reader holds; both updates of a save still land in one render.
 */

export type PendingList = readonly PendingHighlight[];

export interface PendingChannel {
  /** Changes the reader's pending highlights; nothing happens while no reader is shown. */
  update(change: SetStateAction<PendingList>): void;
  /** The reader's setter while it is mounted, null once it is gone. */
  attach(setter: ((change: SetStateAction<PendingList>) => void) | null): void;
}

export const createPendingChannel = (): PendingChannel => {
  let setter: ((change: SetStateAction<PendingList>) => void) | null = null;
  return {
    update: (change) => setter?.(change),
    attach: (next) => {
      setter = next;
    },
  };
};
