/*
 * Keys for the library's rendered rows. A row keyed by its document is removed and built
 * afresh whenever a sort or a filter keystroke brings another document into its place, which
 * at 10,000 documents is most of a keystroke's time. A row keyed by its place alone keeps its
 * element for whichever document lands there, but then a document that moves (opened, renamed)
 * leaves its focus and its rename field behind with the next document.
 *
 * So each rendered row takes a slot: a document still shown keeps the slot it had (React moves
 * its element, focus and all), and a document newly shown takes a slot that a document no
 * longer shown gave up (React changes that element's text in place). New slots are numbered
 * only when more rows are shown than before.
 */

export interface RowSlots {
  /** The slot of each document shown, by document id. */
  readonly byId: ReadonlyMap<string, number>;
  /** Slots numbered so far: the next new one is this. */
  readonly next: number;
}

export const noSlots: RowSlots = { byId: new Map(), next: 0 };

/** Slots for the documents now shown (`ids`, in order), keeping what `previous` gave out. */
export const assignSlots = (previous: RowSlots, ids: readonly string[]): RowSlots => {
  const byId = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const slot = previous.byId.get(id);
    if (slot !== undefined && !byId.has(id)) {
      byId.set(id, slot);
      taken.add(slot);
    }
  }
  const freed: number[] = [];
  for (const slot of previous.byId.values()) if (!taken.has(slot)) freed.push(slot);
  freed.sort((a, b) => a - b);
  let next = previous.next;
  let reuse = 0;
  for (const id of ids) {
    if (byId.has(id)) continue;
    const slot = freed[reuse];
    if (slot === undefined) {
      byId.set(id, next);
      next += 1;
    } else {
      byId.set(id, slot);
      reuse += 1;
    }
  }
  return { byId, next };
};
