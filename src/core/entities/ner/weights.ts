/**
 * The shipped weights: one dense row of label weights per feature key, found through an
 * open-addressing table built at load time (keys are already well-mixed hashes).
 */
import { labelCount } from './labels';
import { type Scorer } from './tagger';

const L = labelCount;

export class HashedWeights implements Scorer {
  /** Pairs (key, row + 1) side by side, so a probe touches one cache line; row + 1 = 0 is empty. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly weights: Float32Array,
    readonly transitions: Float64Array,
  ) {
    if (weights.length !== keys.length * L) {
      throw new Error(`weights hold ${weights.length} values for ${keys.length} features`);
    }
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 2);
    for (let row = 0; row < keys.length; row += 1) {
      let slot = (keys[row] ?? 0) & this.mask;
      while ((this.slots[slot * 2 + 1] ?? 0) !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[row] ?? 0;
      this.slots[slot * 2 + 1] = row + 1;
    }
  }

  addWeights(key: number, out: Float64Array, base: number): void {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const row = slots[slot * 2 + 1] ?? 0;
      if (row === 0) return;
      if (slots[slot * 2] === key) {
        const weights = this.weights;
        const from = (row - 1) * L;
        for (let y = 0; y < L; y += 1)
          out[base + y] = (out[base + y] ?? 0) + (weights[from + y] ?? 0);
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
