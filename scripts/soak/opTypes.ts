import type { MethodName } from '../../src/shared/contract';
import type { SoakFile, TextFamily } from './corpus';
import type { SoakModel } from './model';
import type { Observed } from './observed';

/**
 * One write of the soak: the contract call, what its answer changes in the model, and, for
 * the call in flight when the core was killed, whether it landed, judged from what the
 * restarted core holds. `settle` adopts a landed call into the model and throws HalfThere when
 * only part of it is there; the full comparison (verify.ts) follows.
 */
export interface SoakOp {
  method: MethodName;
  input: unknown;
  apply(value: unknown): void;
  settle(observed: Observed): boolean;
  /** An entity whose state settle needs read. */
  entityId?: string;
}

export interface OpContext {
  model: SoakModel;
  random: () => number;
  families: readonly TextFamily[];
  files: readonly SoakFile[];
  /** Counts corrections, so each rename gives a name no other entity has (no merges). */
  serial: () => number;
}

export const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

export const versionOf = (key: string): number => Number(key.split(':').at(-1));
