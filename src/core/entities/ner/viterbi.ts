/**
 * First-order Viterbi decoding over BILOU labels, with the transitions BILOU forbids (I after O,
 * a span left open at the end) ruled out.
 */
import { allowedEnd, allowedTransition, labelCount } from './labels';

const L = labelCount;
/** Row L of the transition table holds the start scores. */
export const transitionTableSize = (L + 1) * L;

/** For each label, the labels that may precede it (BILOU allows few), and whether it may start. */
const predecessors: number[][] = [];
const mayStart: boolean[] = [];
for (let next = 0; next < L; next += 1) {
  const list: number[] = [];
  for (let previous = 0; previous < L; previous += 1) {
    if (allowedTransition(previous, next)) list.push(previous);
  }
  predecessors.push(list);
  mayStart.push(allowedTransition(-1, next));
}

let scores = new Float64Array(256 * L);
let back = new Int8Array(256 * L);

/**
 * Best label sequence for `n` tokens. `emissions[i * L + y]` scores label y at token i;
 * `transitions[p * L + y]` scores p -> y, row L being the start. Writes into `out`.
 */
export const viterbi = (
  n: number,
  emissions: Float64Array,
  transitions: Float64Array,
  out: Uint8Array,
): void => {
  if (n === 0) return;
  if (scores.length < n * L) {
    scores = new Float64Array(n * L * 2);
    back = new Int8Array(n * L * 2);
  }
  for (let y = 0; y < L; y += 1) {
    scores[y] = mayStart[y] ? (emissions[y] ?? 0) + (transitions[L * L + y] ?? 0) : -Infinity;
  }
  for (let i = 1; i < n; i += 1) {
    const base = i * L;
    const previousBase = base - L;
    for (let y = 0; y < L; y += 1) {
      let best = -Infinity;
      let bestPrevious = 0;
      for (const p of predecessors[y] ?? []) {
        const score = (scores[previousBase + p] ?? 0) + (transitions[p * L + y] ?? 0);
        if (score > best) {
          best = score;
          bestPrevious = p;
        }
      }
      scores[base + y] = best + (emissions[base + y] ?? 0);
      back[base + y] = bestPrevious;
    }
  }
  let best = -Infinity;
  let label = 0;
  for (let y = 0; y < L; y += 1) {
    const score = scores[(n - 1) * L + y] ?? -Infinity;
    if (allowedEnd(y) && score > best) {
      best = score;
      label = y;
    }
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    out[i] = label;
    label = back[i * L + label] ?? 0;
  }
};
