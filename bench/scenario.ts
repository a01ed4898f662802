/** Samples in milliseconds, keyed by metric name within a scenario. */
export type Samples = Record<string, number[]>;

/**
 * One benchmark. `measure` does its own repetitions (a start-up is measured a few times, a
 * database operation hundreds) and returns every sample, so the runner can take median and p95.
 */
export interface Scenario {
  /** Short id, also the prefix of its metrics in budgets.json: "<name>/<metric>". */
  name: string;
  description: string;
  measure(): Promise<Samples>;
}

/** Milliseconds since `start` (a performance.now() reading). */
export const since = (start: number): number => performance.now() - start;

/**
 * Wraps a benchmark written as a bare function (a `*.bench.ts` file whose default export returns
 * samples per metric), so it joins the list in scenarios/index.ts with one line.
 */
export const fromFunction = (
  name: string,
  description: string,
  run: () => Promise<Samples> | Samples,
): Scenario => ({ name, description, measure: async () => run() });
